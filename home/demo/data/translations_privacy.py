"""French and Spanish for the privacy notice, as (English, French, Spanish) per segment. The
notice describes what the code does (home/demo/data/trust.py): the translations keep every
period, figure and link of the English, and say nothing it does not."""

PRIVACY_NOTICE = [
    ("Privacy notice", "Politique de confidentialité", "Aviso de privacidad"),
    (
        "What this site keeps about the people who use it, why, for how long, who handles it, "
        "and how you can see, correct or delete it.",
        "Ce que ce site conserve sur les personnes qui l'utilisent, pourquoi, combien de temps, "
        "qui le traite, et comment vous pouvez le consulter, le corriger ou le supprimer.",
        "Qué guarda este sitio sobre las personas que lo usan, por qué, durante cuánto tiempo, "
        "quién lo trata y cómo puede consultarlo, corregirlo o eliminarlo.",
    ),
    ("Who is responsible", "Qui est responsable", "Quién es responsable"),
    (
        "Safe Online runs this site and decides what personal data it collects and how that data "
        'is used. Write to us about anything on this page at <a id="a1">hello@safeonline.example'
        '</a> or through our <a id="a2">contact page</a>.',
        "Safe Online gère ce site et décide des données personnelles qu'il collecte et de "
        "l'usage qui en est fait. Pour toute question sur cette page, écrivez-nous à "
        '<a id="a1">hello@safeonline.example</a> ou passez par notre '
        '<a id="a2">page de contact</a>.',
        "Safe Online gestiona este sitio y decide qué datos personales recoge y cómo se usan. "
        "Para cualquier cuestión sobre esta página, escríbanos a "
        '<a id="a1">hello@safeonline.example</a> o use nuestra '
        '<a id="a2">página de contacto</a>.',
    ),
    ("Reading the site", "Consulter le site", "Consultar el sitio"),
    (
        "You can read every page, search, follow the feeds and use the open data without an "
        "account and without telling us who you are. The site runs no analytics or advertising "
        "scripts, and neither its pages nor its emails carry tracking pixels. Reading it sets no "
        'cookies: our <a id="a1">cookie statement</a> lists the few that forms and sign-in need.',
        "Vous pouvez lire toutes les pages, faire des recherches, suivre les flux et utiliser "
        "les données ouvertes sans compte et sans nous dire qui vous êtes. Le site n'utilise "
        "aucun script de mesure d'audience ni de publicité, et ni ses pages ni ses e-mails ne "
        "contiennent de pixels de suivi. Sa lecture ne dépose aucun cookie : notre "
        '<a id="a1">déclaration relative aux cookies</a> recense les quelques cookies dont les '
        "formulaires et la connexion ont besoin.",
        "Puede leer todas las páginas, buscar, seguir los canales y usar los datos abiertos sin "
        "una cuenta y sin decirnos quién es. El sitio no usa scripts de analítica ni de "
        "publicidad, y ni sus páginas ni sus correos llevan píxeles de seguimiento. Leerlo no "
        'instala ninguna cookie: nuestra <a id="a1">declaración sobre cookies</a> enumera las '
        "pocas que necesitan los formularios y el inicio de sesión.",
    ),
    (
        "The computers that serve the site see your internet (IP) address with every request, "
        "as any website's do. The site itself uses it for one thing: counting how many forms one "
        "connection sends in an hour, so that nobody can use our forms to flood an inbox. Those "
        "counts are thrown away within the hour.",
        "Comme pour tout site web, les serveurs qui diffusent le site voient votre adresse "
        "internet (IP) à chaque requête. Le site lui-même ne s'en sert que pour une chose : "
        "compter combien de formulaires une même connexion envoie en une heure, afin que "
        "personne ne puisse utiliser nos formulaires pour inonder une boîte de réception. Ces "
        "décomptes sont effacés dans l'heure.",
        "Como en cualquier sitio web, los servidores que lo sirven ven su dirección de internet "
        "(IP) en cada solicitud. El propio sitio solo la usa para una cosa: contar cuántos "
        "formularios envía una misma conexión en una hora, para que nadie pueda usar nuestros "
        "formularios para saturar un buzón. Esos recuentos se eliminan antes de que pase la hora.",
    ),
    (
        "We count what people search for, so that we can add the words the field uses and see "
        "what nobody finds: each search adds one to a tally kept per wording and per day, with "
        "nothing about who searched. The tally keeps the wording itself, so please don't type "
        "personal details into the search box. Each day's tally is deleted after a year, and a "
        "wording with it once nobody has searched for it since.",
        "Nous comptons ce que les gens recherchent, afin d'ajouter les termes qu'emploie le "
        "secteur et de voir ce que personne ne trouve : chaque recherche ajoute un au décompte "
        "tenu par formulation et par jour, sans rien sur la personne qui a cherché. Le décompte "
        "conserve la formulation elle-même : merci donc de ne pas saisir d'informations "
        "personnelles dans le champ de recherche. Le décompte de chaque jour est supprimé au "
        "bout d'un an, et une formulation avec lui dès lors que personne ne l'a recherchée "
        "depuis.",
        "Contamos lo que la gente busca para poder añadir los términos que usa el sector y ver "
        "lo que nadie encuentra: cada búsqueda suma uno a un recuento por formulación y por día, "
        "sin nada sobre quién buscó. El recuento guarda la formulación misma, así que le "
        "rogamos que no escriba datos personales en el buscador. El recuento de cada día se "
        "elimina al cabo de un año, y una formulación con él si nadie la ha buscado desde "
        "entonces.",
    ),
    (
        "Stay in the loop: digests and insight alerts",
        "Restez informé : résumés et alertes de synthèse",
        "Manténgase al día: resúmenes y alertas de análisis",
    ),
    (
        "When you subscribe to our emails:",
        "Lorsque vous vous abonnez à nos e-mails :",
        "Cuando se suscribe a nuestros correos:",
    ),
    (
        "<b>What we keep.</b> Your email address; your name and organisation if you give them; "
        "the kind of work you do; your themes, how often you want the digest and whether you "
        "want insight alerts. Each time you agree, change your choices or unsubscribe, we record "
        "what the form said, which form it was and when.",
        "<b>Ce que nous conservons.</b> Votre adresse e-mail ; votre nom et votre organisation "
        "si vous les indiquez ; le type de travail que vous faites ; vos thèmes, la fréquence à "
        "laquelle vous souhaitez recevoir le résumé et si vous voulez les alertes de synthèse. "
        "Chaque fois que vous donnez votre accord, modifiez vos choix ou vous désabonnez, nous "
        "enregistrons ce que disait le formulaire, de quel formulaire il s'agissait et quand.",
        "<b>Qué guardamos.</b> Su dirección de correo; su nombre y organización si nos los da; "
        "el tipo de trabajo que hace; sus temas, con qué frecuencia quiere el resumen y si "
        "quiere alertas de análisis. Cada vez que da su consentimiento, cambia sus opciones o se "
        "da de baja, registramos lo que decía el formulario, qué formulario era y cuándo.",
    ),
    (
        "<b>Why.</b> To send you what you chose and nothing else, with the recommendations "
        "written for your kind of work first. You can withdraw your agreement at any time by "
        "unsubscribing.",
        "<b>Pourquoi.</b> Pour vous envoyer ce que vous avez choisi et rien d'autre, en plaçant "
        "en tête les recommandations rédigées pour votre type de travail. Vous pouvez retirer "
        "votre accord à tout moment en vous désabonnant.",
        "<b>Por qué.</b> Para enviarle lo que eligió y nada más, con las recomendaciones "
        "escritas para su tipo de trabajo en primer lugar. Puede retirar su consentimiento en "
        "cualquier momento dándose de baja.",
    ),
    (
        "<b>What we note as we email you.</b> Which digests and alerts went to you and when, and "
        "whether our email service told us that an email to you bounced or was marked as spam, "
        "in which case we stop emailing you. We count clicks and unsubscribes per email in "
        'totals only, never against your name: <a id="a1">what we keep and what we count</a> '
        "explains how.",
        "<b>Ce que nous notons lorsque nous vous écrivons.</b> Quels résumés et alertes vous ont "
        "été envoyés et quand, et si notre service d'e-mail nous a signalé qu'un e-mail qui vous "
        "était adressé a été rejeté ou marqué comme indésirable, auquel cas nous cessons de vous "
        "écrire. Nous comptons les clics et les désabonnements par e-mail uniquement en totaux, "
        'jamais à votre nom : <a id="a1">ce que nous conservons et ce que nous comptons</a> '
        "explique comment.",
        "<b>Qué anotamos al escribirle.</b> Qué resúmenes y alertas le enviamos y cuándo, y si "
        "nuestro servicio de correo nos informó de que un correo dirigido a usted fue devuelto o "
        "marcado como spam, en cuyo caso dejamos de escribirle. Contamos los clics y las bajas "
        "de cada correo solo en totales, nunca asociados a su nombre: "
        '<a id="a1">qué guardamos y qué contamos</a> explica cómo.',
    ),
    (
        "<b>How long.</b> A sign-up that is never confirmed is deleted after 30 days (the "
        "confirmation link itself works for 72 hours). A subscription is kept until you delete "
        "it. If you unsubscribe, your address stays marked as unsubscribed, with the record of "
        "what you agreed to, so that we do not email you again by mistake; the preferences link "
        "in any email we sent you lets you delete it at once.",
        "<b>Combien de temps.</b> Une inscription jamais confirmée est supprimée au bout de "
        "30 jours (le lien de confirmation lui-même fonctionne 72 heures). Un abonnement est "
        "conservé jusqu'à ce que vous le supprimiez. Si vous vous désabonnez, votre adresse "
        "reste marquée comme désabonnée, avec la trace de ce que vous aviez accepté, afin que "
        "nous ne vous écrivions plus par erreur ; le lien vers vos préférences, présent dans "
        "chacun de nos e-mails, vous permet de la supprimer immédiatement.",
        "<b>Cuánto tiempo.</b> Una inscripción que nunca se confirma se elimina a los 30 días "
        "(el enlace de confirmación funciona 72 horas). Una suscripción se conserva hasta que "
        "usted la elimina. Si se da de baja, su dirección queda marcada como dada de baja, con "
        "el registro de lo que aceptó, para que no volvamos a escribirle por error; el enlace a "
        "sus preferencias, presente en cualquiera de nuestros correos, le permite eliminarla en "
        "el acto.",
    ),
    ("The contact form", "Le formulaire de contact", "El formulario de contacto"),
    (
        "When you write to us through the contact page:",
        "Lorsque vous nous écrivez depuis la page de contact :",
        "Cuando nos escribe desde la página de contacto:",
    ),
    (
        "<b>What we keep.</b> Your name, email address, organisation if you give it, what kind "
        "of organisation you are, and your message.",
        "<b>Ce que nous conservons.</b> Votre nom, votre adresse e-mail, votre organisation si "
        "vous l'indiquez, le type d'organisation dont il s'agit et votre message.",
        "<b>Qué guardamos.</b> Su nombre, su dirección de correo, su organización si nos la da, "
        "el tipo de organización y su mensaje.",
    ),
    (
        "<b>Why.</b> To answer you. The message is stored on the site and emailed to the team "
        "that handles enquiries.",
        "<b>Pourquoi.</b> Pour vous répondre. Le message est enregistré sur le site et envoyé "
        "par e-mail à l'équipe qui traite les demandes.",
        "<b>Por qué.</b> Para responderle. El mensaje se guarda en el sitio y se envía por "
        "correo al equipo que atiende las consultas.",
    ),
    (
        "<b>How long.</b> Messages are deleted from the site automatically 12 months after they "
        "arrive. The copy emailed to our team lives in our staff email, outside this site, and "
        "is handled under our own email practice.",
        "<b>Combien de temps.</b> Les messages sont supprimés automatiquement du site 12 mois "
        "après leur arrivée. La copie envoyée à notre équipe se trouve dans la messagerie de "
        "notre personnel, en dehors de ce site, et relève de nos propres règles en matière "
        "d'e-mail.",
        "<b>Cuánto tiempo.</b> Los mensajes se eliminan automáticamente del sitio 12 meses "
        "después de su llegada. La copia enviada a nuestro equipo queda en el correo de nuestro "
        "personal, fuera de este sitio, y se gestiona según nuestras propias prácticas de "
        "correo.",
    ),
    ("The grantee portal", "Le portail des bénéficiaires", "El portal de beneficiarios"),
    (
        "The portal is for members of the research teams Safe Online funds, whom our staff "
        "invite by email.",
        "Le portail est destiné aux membres des équipes de recherche financées par Safe Online, "
        "que notre personnel invite par e-mail.",
        "El portal es para los miembros de los equipos de investigación que financia Safe "
        "Online, a quienes nuestro personal invita por correo.",
    ),
    (
        "<b>What we keep.</b> The name, email address and role in your invitation; your account, "
        "whose password is stored only in a scrambled form that cannot be read back; the "
        "projects you may work on and since when; the updates, proposed edits, images, image "
        "credits and documents you submit, each saved version and who saved it; and our "
        "reviewers' comments.",
        "<b>Ce que nous conservons.</b> Le nom, l'adresse e-mail et le rôle figurant dans votre "
        "invitation ; votre compte, dont le mot de passe n'est conservé que sous une forme "
        "brouillée impossible à relire ; les projets sur lesquels vous pouvez travailler et "
        "depuis quand ; les mises à jour, propositions de modification, images, crédits "
        "d'images et documents que vous soumettez, chaque version enregistrée et qui l'a "
        "enregistrée ; ainsi que les commentaires de nos relecteurs.",
        "<b>Qué guardamos.</b> El nombre, la dirección de correo y el rol que figuran en su "
        "invitación; su cuenta, cuya contraseña solo se guarda de forma cifrada e imposible de "
        "recuperar; los proyectos en los que puede trabajar y desde cuándo; las actualizaciones, "
        "propuestas de cambios, imágenes, créditos de imagen y documentos que envía, cada "
        "versión guardada y quién la guardó; y los comentarios de nuestros revisores.",
    ),
    (
        "<b>Why.</b> So that your team can report on its grant, so that we can review what you "
        "send before it is published, and so that there is a record of what appeared on the "
        "site and who wrote it.",
        "<b>Pourquoi.</b> Pour que votre équipe puisse rendre compte de sa subvention, pour que "
        "nous puissions relire ce que vous envoyez avant publication, et pour garder une trace "
        "de ce qui a paru sur le site et de qui l'a écrit.",
        "<b>Por qué.</b> Para que su equipo pueda informar sobre su subvención, para que podamos "
        "revisar lo que envía antes de publicarlo y para que quede constancia de lo que apareció "
        "en el sitio y de quién lo escribió.",
    ),
    (
        "<b>Signing in.</b> Each sign-in is recorded with its time, internet address and "
        "browser, to protect accounts; these records are deleted after 90 days. Failed attempts "
        "are counted for an hour, to pause anyone guessing passwords, and then deleted. "
        "Invitation links work for 14 days and password reset links for 3 days.",
        "<b>Connexion.</b> Chaque connexion est enregistrée avec son heure, son adresse internet "
        "et son navigateur, afin de protéger les comptes ; ces enregistrements sont supprimés "
        "au bout de 90 jours. Les tentatives échouées sont comptées pendant une heure, pour "
        "bloquer quiconque devine des mots de passe, puis supprimées. Les liens d'invitation "
        "sont valables 14 jours et les liens de réinitialisation du mot de passe 3 jours.",
        "<b>Inicio de sesión.</b> Cada inicio de sesión se registra con su hora, dirección de "
        "internet y navegador, para proteger las cuentas; estos registros se eliminan a los 90 "
        "días. Los intentos fallidos se cuentan durante una hora, para frenar a quien intente "
        "adivinar contraseñas, y después se eliminan. Los enlaces de invitación son válidos "
        "14 días y los de restablecimiento de contraseña, 3 días.",
    ),
    (
        "<b>How long.</b> What you publish becomes part of your project's public record. Your "
        "account, the record of your access and the history of the pages you worked on are kept "
        "while the project is on the site; ask us and we will close your account and remove what "
        "was never published. An invitation that is never accepted is kept as the record that it "
        "was sent.",
        "<b>Combien de temps.</b> Ce que vous publiez fait partie du dossier public de votre "
        "projet. Votre compte, la trace de vos accès et l'historique des pages sur lesquelles "
        "vous avez travaillé sont conservés tant que le projet figure sur le site ; sur simple "
        "demande, nous fermerons votre compte et retirerons ce qui n'a jamais été publié. Une "
        "invitation jamais acceptée est conservée comme preuve de son envoi.",
        "<b>Cuánto tiempo.</b> Lo que publica pasa a formar parte del registro público de su "
        "proyecto. Su cuenta, el registro de sus accesos y el historial de las páginas en las "
        "que trabajó se conservan mientras el proyecto esté en el sitio; si nos lo pide, "
        "cerraremos su cuenta y retiraremos lo que nunca se publicó. Una invitación que nunca "
        "se acepta se conserva como constancia de que se envió.",
    ),
    ("Who handles your data", "Qui traite vos données", "Quién trata sus datos"),
    (
        "Safe Online staff who run the site and its communications see what is described above, "
        "in the site's administration area. Two kinds of service provider handle it on our "
        "behalf and only to provide their service: the company that hosts the site and its "
        "database, and the email service that delivers our emails and reports bounces to us. We "
        "do not sell personal data or share it with advertisers. Ask us and we will tell you who "
        "these providers are.",
        "Le personnel de Safe Online qui gère le site et ses communications voit ce qui est "
        "décrit ci-dessus, dans l'espace d'administration du site. Deux types de prestataires "
        "traitent ces données pour notre compte, et uniquement pour fournir leur service : "
        "l'entreprise qui héberge le site et sa base de données, et le service d'e-mail qui "
        "distribue nos e-mails et nous signale les rejets. Nous ne vendons pas de données "
        "personnelles et ne les partageons pas avec des annonceurs. Sur demande, nous vous "
        "dirons qui sont ces prestataires.",
        "El personal de Safe Online que gestiona el sitio y sus comunicaciones ve lo descrito "
        "arriba, en el área de administración del sitio. Dos tipos de proveedores los tratan en "
        "nuestro nombre y solo para prestar su servicio: la empresa que aloja el sitio y su base "
        "de datos, y el servicio de correo que entrega nuestros correos y nos informa de las "
        "devoluciones. No vendemos datos personales ni los compartimos con anunciantes. Si nos "
        "lo pide, le diremos quiénes son estos proveedores.",
    ),
    ("Your rights", "Vos droits", "Sus derechos"),
    (
        "You can ask us for a copy of the personal data we hold about you, and ask us to correct "
        "it, delete it or stop using it. Members of our mailing list can do most of this "
        "themselves: every email we send links to a page where you can change your choices, "
        "download everything we hold about you, or delete it all at once.",
        "Vous pouvez nous demander une copie des données personnelles que nous détenons à votre "
        "sujet, et nous demander de les corriger, de les supprimer ou de cesser de les utiliser. "
        "Les membres de notre liste de diffusion peuvent faire l'essentiel eux-mêmes : chacun de "
        "nos e-mails renvoie à une page où vous pouvez modifier vos choix, télécharger tout ce "
        "que nous détenons sur vous, ou tout supprimer d'un coup.",
        "Puede pedirnos una copia de los datos personales que tenemos sobre usted y pedirnos que "
        "los corrijamos, los eliminemos o dejemos de usarlos. Los miembros de nuestra lista de "
        "correo pueden hacer casi todo ello por sí mismos: cada correo que enviamos enlaza con "
        "una página donde puede cambiar sus opciones, descargar todo lo que tenemos sobre usted "
        "o eliminarlo todo de una vez.",
    ),
    (
        'For anything else, write to <a id="a1">hello@safeonline.example</a> or use the '
        '<a id="a2">contact page</a>. We will answer within one month. If you are not satisfied '
        "with our answer, you can complain to the data protection authority where you live or "
        "work.",
        'Pour toute autre demande, écrivez à <a id="a1">hello@safeonline.example</a> ou '
        'utilisez la <a id="a2">page de contact</a>. Nous vous répondrons dans un délai d\'un '
        "mois. Si notre réponse ne vous satisfait pas, vous pouvez déposer une plainte auprès "
        "de l'autorité de protection des données du lieu où vous vivez ou travaillez.",
        'Para cualquier otra cuestión, escriba a <a id="a1">hello@safeonline.example</a> o use '
        'la <a id="a2">página de contacto</a>. Le responderemos en el plazo de un mes. Si no '
        "está satisfecho con nuestra respuesta, puede presentar una reclamación ante la "
        "autoridad de protección de datos del lugar donde vive o trabaja.",
    ),
    ("Changes to this notice", "Modifications de cette politique", "Cambios en este aviso"),
    (
        "When the site starts keeping something new, or keeps something for longer, we change "
        "this page first. The date at the top shows when it last changed.",
        "Lorsque le site commence à conserver quelque chose de nouveau, ou conserve quelque "
        "chose plus longtemps, nous modifions d'abord cette page. La date en haut de page "
        "indique sa dernière modification.",
        "Cuando el sitio empieza a guardar algo nuevo, o a guardar algo durante más tiempo, "
        "primero cambiamos esta página. La fecha de arriba indica cuándo cambió por última vez.",
    ),
]
