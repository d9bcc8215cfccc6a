import type { Catalogue } from '../en';

/** Spanish: app. */
export const app: Catalogue['app'] = {
  viewsLabel: 'Vistas',
  back: 'Volver a la vista anterior',
  viewMe: 'Yo',
  viewCircles: 'Círculos',
  viewLogbook: 'Bitácora',
  viewReviews: 'Revisiones',
  viewHealth: 'Salud',
  loading: 'Cargando…',
  devMode: 'Modo de desarrollo: fuera de Teams, actuando como la persona de demostración elegida arriba.',
  devActingAs: 'Actuando como',
  devAdmin: 'Administración de la organización',
  unbound: 'Esta conversación aún no es el hogar de ningún círculo: escribe «@Sociocracy for Teams bind» aquí para elegir su círculo.',
  meetingBack: 'Reunión de {circle}',
  apiAnswered: 'El servidor de la aplicación respondió con el estado {status}. Inténtalo de nuevo en un momento.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Cancelar',
  hostConnecting: 'Conectando con Teams…',
  hostSlow:
    'Teams está tardando más de lo normal en responder. Sociocracy for Teams sigue esperando; con una conexión lenta puede tardar un minuto.',
  hostNoAnswer: 'Teams no respondió. Cierra Sociocracy for Teams y vuelve a abrirlo; si sigue pasando, revisa tu conexión.',
  hostOutsideTeams: 'Abre Sociocracy for Teams desde Microsoft Teams: solo en un navegador no puede saber quién eres.',
  hostConsent: 'Sociocracy for Teams necesita tu permiso para leer tu nombre y las personas de tu organización.',
  hostGiveConsent: 'Dar permiso',
  hostSignInAgain: 'Teams no pudo iniciar tu sesión en Sociocracy for Teams. Volver a iniciar sesión en una ventana pequeña suele ayudar.',
  hostSignIn: 'Iniciar sesión',
  hostWaitingForWindow: 'Termina en la ventana que abrió Teams…',
  hostConsentRefused:
    'No se dio el permiso ({reason}). Puedes intentarlo de nuevo; si tu organización solo permite darlo a la administración, pídeselo a alguien de ella.',
  hostStillNoToken: 'Teams sigue sin poder iniciar tu sesión ({reason}). Inténtalo de nuevo o pregunta a la administración de Teams.',
  stageOutsideTeams:
    'Compartir en el escenario de la reunión funciona dentro de una reunión de Teams. Aquí, añade &frame=meetingStage a la dirección para ver lo que muestra el escenario.',
  stageNotPermitted:
    'Teams no te dejó compartir en el escenario: solo quienes organizan o presentan la reunión pueden hacerlo, y la aplicación necesita el permiso de la reunión para compartir.',
  stageNotSupported:
    'Este cliente de Teams no puede compartir una aplicación en el escenario de la reunión. Abre la reunión en Teams en un ordenador o en la web para compartirla.',
  stageUnconfirmed:
    'Teams no confirmó que se compartiera el escenario. Inténtalo de nuevo o usa Compartir en la parte superior del panel lateral.',
  stageFailed:
    'Teams no pudo compartir el escenario (error {errorCode}). Inténtalo de nuevo o usa Compartir en la parte superior del panel lateral.',
  configTabName: 'Círculo',
  configTitle: 'El círculo de esta conversación',
  configIntro:
    'Esta pestaña muestra el círculo cuyo hogar es este canal, chat o reunión: su propósito y su dominio, miembros y roles, propuestas y rondas de consentimiento, y lo que toca revisar.',
  configBind:
    '¿Aún no es el hogar de ningún círculo? Tras añadir la pestaña, escribe «@Sociocracy for Teams bind» aquí y elige su círculo.',
  configSave: 'Selecciona Guardar para añadir la pestaña.',
  configOutsideTeams: 'Abre esta página desde Teams, al añadir la pestaña de la aplicación a un canal, chat o reunión.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Rellena esto antes de enviar.',
};
