import type { Catalogue } from '../en';

/** Portuguese: app. */
export const app: Catalogue['app'] = {
  viewsLabel: 'Vistas',
  back: 'Voltar à vista anterior',
  viewMe: 'Eu',
  viewCircles: 'Círculos',
  viewLogbook: 'Diário',
  viewReviews: 'Revisões',
  viewHealth: 'Saúde',
  loading: 'Carregando…',
  devMode: 'Modo de desenvolvimento: fora do Teams, agindo como a pessoa de demonstração escolhida acima.',
  devActingAs: 'Agindo como',
  devAdmin: 'Administração da organização',
  unbound: 'Esta conversa ainda não é a casa de nenhum círculo: digite “@Sociocracy for Teams bind” aqui para escolher o seu círculo.',
  meetingBack: 'Reunião de {circle}',
  apiAnswered: 'O servidor do aplicativo respondeu com o status {status}. Tente de novo daqui a pouco.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Cancelar',
  hostConnecting: 'Conectando ao Teams…',
  hostSlow:
    'O Teams está demorando mais que o normal para responder. O Sociocracy for Teams continua esperando; numa conexão lenta, isso pode levar um minuto.',
  hostNoAnswer: 'O Teams não respondeu. Feche o Sociocracy for Teams e abra de novo; se isso continuar, verifique a sua conexão.',
  hostOutsideTeams: 'Abra o Sociocracy for Teams a partir do Microsoft Teams: sozinho num navegador, ele não consegue saber quem você é.',
  hostConsent: 'O Sociocracy for Teams precisa da sua permissão para ler o seu nome e as pessoas da sua organização.',
  hostGiveConsent: 'Dar permissão',
  hostSignInAgain: 'O Teams não conseguiu conectar você ao Sociocracy for Teams. Entrar de novo numa pequena janela costuma ajudar.',
  hostSignIn: 'Entrar',
  hostWaitingForWindow: 'Conclua na janela que o Teams abriu…',
  hostConsentRefused:
    'A permissão não foi dada ({reason}). Você pode tentar de novo; se a sua organização só permite que a administração a dê, peça a alguém de lá.',
  hostStillNoToken: 'O Teams ainda não conseguiu conectar você ({reason}). Tente de novo ou fale com a administração do Teams.',
  stageOutsideTeams:
    'Compartilhar no palco da reunião funciona dentro de uma reunião do Teams. Aqui, acrescente &frame=meetingStage ao endereço para ver o que o palco mostra.',
  stageNotPermitted:
    'O Teams não deixou você compartilhar no palco: só quem organiza ou apresenta a reunião pode, e o aplicativo precisa da permissão da reunião para compartilhar.',
  stageNotSupported:
    'Este cliente do Teams não consegue compartilhar um aplicativo no palco da reunião. Abra a reunião no Teams num computador ou na web para compartilhar.',
  stageUnconfirmed: 'O Teams não confirmou o compartilhamento do palco. Tente de novo ou use Compartilhar no topo do painel lateral.',
  stageFailed:
    'O Teams não conseguiu compartilhar o palco (erro {errorCode}). Tente de novo ou use Compartilhar no topo do painel lateral.',
  configTabName: 'Círculo',
  configTitle: 'O círculo desta conversa',
  configIntro:
    'Esta guia mostra o círculo cuja casa é este canal, chat ou reunião: o seu propósito e domínio, membros e papéis, propostas e rodadas de consentimento, e o que está para revisão.',
  configBind:
    'Ainda não é a casa de nenhum círculo? Depois de adicionar a guia, digite “@Sociocracy for Teams bind” aqui e escolha o seu círculo.',
  configSave: 'Selecione Salvar para adicionar a guia.',
  configOutsideTeams: 'Abra esta página a partir do Teams, ao adicionar a guia do aplicativo a um canal, chat ou reunião.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Preencha isto antes de enviar.',
};
