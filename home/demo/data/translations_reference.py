"""French and Spanish names for the demo's reference data: topics, programmes and countries.

Each entry is (French, Spanish). A name left out, or given as "", is shown in English: proper
names such as "Disrupting Harm" keep the name the programme goes by in every language."""

from .reference import DISRUPTING_HARM, NETWORKS_AND_SYSTEMS, RESEARCH_FUND, TECH_SOLUTIONS
from .vocabulary import (
    AGE_ASSURANCE,
    DATA_EVIDENCE,
    DETECTION,
    DISABILITY,
    FINANCIAL_SIGNALS,
    GENERATIVE_AI,
    GROOMING,
    HELP_SEEKING,
    LIVE_STREAMING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

TOPIC_NAMES = {
    GROOMING: ("Pédopiégeage (grooming)", "Grooming"),
    USER_REPORTING: ("Signalement par les utilisateurs", "Denuncias de los usuarios"),
    PREVENTION: ("Prévention", "Prevención"),
    OFFENDER_BEHAVIOUR: ("Comportement des auteurs", "Conducta de los agresores"),
    HELP_SEEKING: ("Recherche d'aide", "Búsqueda de ayuda"),
    TRAUMA_INFORMED: (
        "Réponse tenant compte des traumatismes",
        "Respuesta informada sobre el trauma",
    ),
    MODERATOR_WELLBEING: (
        "Bien-être des modérateurs de contenu",
        "Bienestar de los moderadores de contenido",
    ),
    PEER_ABUSE: ("Violences entre pairs", "Abuso entre pares"),
    DISABILITY: ("Enfants en situation de handicap", "Niños y niñas con discapacidad"),
    GENERATIVE_AI: ("IA générative", "IA generativa"),
    DETECTION: ("Détection", "Detección"),
    DATA_EVIDENCE: ("Données et preuves", "Datos y evidencia"),
    POLICY: ("Politiques publiques", "Políticas públicas"),
    LIVE_STREAMING: ("Diffusion en direct", "Transmisión en directo"),
    AGE_ASSURANCE: ("Vérification de l'âge", "Verificación de la edad"),
    SEXUAL_EXTORTION: ("Extorsion sexuelle", "Extorsión sexual"),
    FINANCIAL_SIGNALS: ("Signaux financiers", "Señales financieras"),
}

PROGRAMME_NAMES = {  # by slug
    RESEARCH_FUND: (
        "Fonds de recherche Safe Online de la Tech Coalition",
        "Fondo de Investigación Safe Online de la Tech Coalition",
    ),
    DISRUPTING_HARM: ("", ""),
    TECH_SOLUTIONS: ("Solutions technologiques", "Soluciones tecnológicas"),
    NETWORKS_AND_SYSTEMS: ("Réseaux et systèmes", "Redes y sistemas"),
}

COUNTRY_NAMES = {  # by ISO code
    "KH": ("Cambodge", "Camboya"),
    "ID": ("Indonésie", "Indonesia"),
    "MY": ("Malaisie", "Malasia"),
    "PH": ("Philippines", "Filipinas"),
    "TH": ("Thaïlande", "Tailandia"),
    "VN": ("Viet Nam", "Viet Nam"),
    "ET": ("Éthiopie", "Etiopía"),
    "KE": ("Kenya", "Kenia"),
    "MZ": ("Mozambique", "Mozambique"),
    "NA": ("Namibie", "Namibia"),
    "ZA": ("Afrique du Sud", "Sudáfrica"),
    "TZ": ("Tanzanie", "Tanzania"),
    "UG": ("Ouganda", "Uganda"),
    "AM": ("Arménie", "Armenia"),
    "BR": ("Brésil", "Brasil"),
    "CO": ("Colombie", "Colombia"),
    "DO": ("République dominicaine", "República Dominicana"),
    "JO": ("Jordanie", "Jordania"),
    "ME": ("Monténégro", "Montenegro"),
    "MA": ("Maroc", "Marruecos"),
    "MK": ("Macédoine du Nord", "Macedonia del Norte"),
    "PK": ("Pakistan", "Pakistán"),
    "RS": ("Serbie", "Serbia"),
    "TN": ("Tunisie", "Túnez"),
    "AL": ("Albanie", "Albania"),
    "TR": ("Turquie", "Turquía"),
    "GB": ("Royaume-Uni", "Reino Unido"),
    "FI": ("Finlande", "Finlandia"),
    "DE": ("Allemagne", "Alemania"),
    "IE": ("Irlande", "Irlanda"),
    "ES": ("Espagne", "España"),
    "NP": ("Népal", "Nepal"),
    "HK": ("Hong Kong", "Hong Kong"),
    "US": ("États-Unis", "Estados Unidos"),
    "FR": ("France", "Francia"),
    "IT": ("Italie", "Italia"),
    "NL": ("Pays-Bas", "Países Bajos"),
}

# Digest themes by English name: ((French name, French description), (Spanish name, Spanish
# description)).
THEME_NAMES = {
    "Grooming and sextortion": (
        (
            "Pédopiégeage et sextorsion",
            "Comment le pédopiégeage, l'extorsion sexuelle et les abus diffusés en direct se "
            "déroulent en ligne, et comment les repérer.",
        ),
        (
            "Grooming y sextorsión",
            "Cómo operan en línea el grooming, la extorsión sexual y el abuso transmitido en "
            "directo, y cómo detectarlos.",
        ),
    ),
    "Prevention and deterrence": (
        (
            "Prévention et dissuasion",
            "Empêcher les abus avant qu'ils ne surviennent, y compris auprès des personnes à "
            "risque de passer à l'acte et face aux violences entre jeunes.",
        ),
        (
            "Prevención y disuasión",
            "Evitar el abuso antes de que ocurra, incluido el trabajo con personas en riesgo de "
            "cometerlo y el daño entre jóvenes.",
        ),
    ),
    "Help-seeking and reporting": (
        (
            "Demande d'aide et signalement",
            "Aider chaque enfant à prendre la parole, et les services à répondre avec soin.",
        ),
        (
            "Búsqueda de ayuda y denuncia",
            "Que cada niño, niña y adolescente pueda hablar, y que los servicios respondan con "
            "cuidado.",
        ),
    ),
    "Data and evidence": (
        (
            "Données et preuves",
            "Nouvelles recherches, données nationales et l'écosystème de données qui les porte.",
        ),
        (
            "Datos y evidencia",
            "Nuevas investigaciones, datos nacionales y el ecosistema de datos que los sostiene.",
        ),
    ),
    "Policy and law": (
        (
            "Politiques et droit",
            "Comment les preuves façonnent les lois, la régulation, la vérification de l'âge et "
            "les plans nationaux.",
        ),
        (
            "Políticas y leyes",
            "Cómo la evidencia da forma a las leyes, la regulación, la verificación de edad y los "
            "planes nacionales.",
        ),
    ),
    "Generative AI": (
        (
            "IA générative",
            "Ce que l'IA générative change pour la sécurité des enfants et pour les équipes qui "
            "les protègent.",
        ),
        (
            "IA generativa",
            "Lo que la IA generativa supone para la seguridad de la infancia y para los equipos "
            "que la protegen.",
        ),
    ),
    "Detection technology": (
        (
            "Technologies de détection",
            "Outils et signaux, y compris financiers, qui aident les plateformes à repérer et à "
            "stopper les abus plus tôt.",
        ),
        (
            "Tecnología de detección",
            "Herramientas y señales, también financieras, que ayudan a las plataformas a "
            "detectar y frenar el abuso antes.",
        ),
    ),
    "Moderator wellbeing": (
        (
            "Bien-être des modérateurs",
            "Soutenir les personnes qui examinent les contenus préjudiciables.",
        ),
        (
            "Bienestar de los moderadores",
            "Apoyar a las personas que revisan contenido dañino.",
        ),
    ),
}
