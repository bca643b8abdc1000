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
