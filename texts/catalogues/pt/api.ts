import type { Catalogue } from '../en';

/** Portuguese: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Algo deu errado do nosso lado; nada do que você enviou estava errado. Tente de novo daqui a pouco.',
  bodyNotJson: 'O corpo da solicitação não é um JSON válido.',
  storageUnavailable: 'Os registros não podem ser acessados agora. Tente de novo em alguns segundos; uma solicitação reenviada com o mesmo Operation-Id é aplicada uma só vez.',
  recordsChanging: 'Os registros mudaram várias vezes seguidas enquanto este passo era gravado; tente de novo.',
  closeUnderWay: 'O encerramento desta rodada de consentimento está em andamento ou foi interrompido; nada foi decidido ainda. Tente de novo em alguns segundos.',
  tooLarge: 'O corpo da solicitação é maior que os {mebibytes} MiB de que qualquer solicitação precisa.',
  methodNotAllowed: '{path} não aceita {method}; aceita {allowed}.',
};
