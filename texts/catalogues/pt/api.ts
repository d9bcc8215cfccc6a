import type { Catalogue } from '../en';

/** Portuguese: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Algo deu errado do nosso lado; nada do que você enviou estava errado. Tente de novo daqui a pouco.',
  bodyNotJson: 'O corpo da solicitação não é um JSON válido.',
  storageUnavailable:
    'Os registros não podem ser acessados agora. Tente de novo em alguns segundos; uma solicitação reenviada com o mesmo Operation-Id é aplicada uma só vez.',
  recordsChanging: 'Os registros mudaram várias vezes seguidas enquanto este passo era gravado; tente de novo.',
  closeUnderWay:
    'O encerramento desta rodada de consentimento está em andamento ou foi interrompido; nada foi decidido ainda. Tente de novo em alguns segundos.',
  tooLarge: 'O corpo da solicitação é maior que os {mebibytes} MiB de que qualquer solicitação precisa.',
  methodNotAllowed: '{path} não aceita {method}; aceita {allowed}.',
  directoryConsentRequired:
    'Para encontrar pessoas no diretório da sua organização, este aplicativo precisa da sua autorização para ler os perfis básicos delas. Dê sua autorização ou peça à administração da sua organização que a conceda para todos.',
  directoryPermissionMissing:
    'Este aplicativo ainda não tem permissão para ler o diretório da sua organização. A administração precisa conceder a ele a permissão de ler os perfis básicos das pessoas.',
  directorySignInNeeded: 'O diretório só pode ser pesquisado quando você entra pelo Teams.',
  directoryNoAnswer: 'O diretório da sua organização não pode ser acessado agora. Tente de novo em alguns segundos.',
  directoryUnreadable:
    'O diretório da sua organização respondeu de um jeito que este aplicativo não consegue ler. Tente de novo em alguns segundos.',
  activityRefused: 'O bot não pode aceitar esta atividade.',
  activityNotTeams: 'A atividade não é do tipo que o Teams envia: {field} {problem}.',
  activityFieldInvalid: 'A atividade não é do tipo que o Teams envia: {field} não é válido.',
  activityNotJson: 'A atividade não é um JSON válido.',
  activityNotObject: 'Uma atividade é um objeto JSON.',
  activityNoType: 'A atividade não indica nenhum tipo.',
  activityNoConversation: 'A atividade não indica nenhuma conversa.',
  activityNoChannel: 'A atividade não indica nenhum canal.',
  activityNoRecipient: 'A atividade não indica nenhum destinatário.',
  botKeysUnavailable: 'As chaves de assinatura do Bot Connector não podem ser lidas agora; tente de novo em instantes.',
  botUnavailable: 'O bot não pode responder agora; tente de novo em instantes.',
};
