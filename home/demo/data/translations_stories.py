"""French and Spanish for three stories, as (English, French, Spanish) per segment, saying what
the English stories say (home/demo/data/stories.py)."""

WHEN_RESEARCH_BECOMES_LAW = [
    (
        "When research becomes law",
        "Quand la recherche devient loi",
        "Cuando la investigación se convierte en ley",
    ),
    (
        "Disrupting Harm set out to give governments evidence they could act on. In Malaysia, "
        "Indonesia and Tanzania, they have.",
        "Disrupting Harm voulait fournir aux gouvernements des données sur lesquelles agir. En "
        "Malaisie, en Indonésie et en Tanzanie, ils l'ont fait.",
        "Disrupting Harm se propuso dar a los gobiernos evidencia con la que pudieran actuar. En "
        "Malasia, Indonesia y Tanzania lo han hecho.",
    ),
    (
        "When Safe Online invested US$7 million in Disrupting Harm in 2019, the research was "
        "designed to end in proposals for leaders and policy makers, not only in measurements.",
        "Lorsque Safe Online a investi 7 millions de dollars US dans Disrupting Harm en 2019, la "
        "recherche a été conçue pour aboutir à des propositions destinées aux dirigeants et aux "
        "responsables politiques, et pas seulement à des mesures.",
        "Cuando Safe Online invirtió 7 millones de dólares estadounidenses en Disrupting Harm en "
        "2019, la investigación se diseñó para terminar en propuestas para líderes y "
        "responsables políticos, y no solo en mediciones.",
    ),
    ("Three examples", "Trois exemples", "Tres ejemplos"),
    (
        "Governments have acted on the recommendations:",
        "Des gouvernements ont donné suite aux recommandations :",
        "Los gobiernos han actuado a partir de las recomendaciones:",
    ),
    (
        "<b>Malaysia</b> amended its law to make sexual extortion and the live-streaming of child "
        "sexual abuse criminal offences.",
        "<b>La Malaisie</b> a modifié sa législation pour ériger en infractions pénales "
        "l'extorsion sexuelle et la diffusion en direct d'abus sexuels sur enfants.",
        "<b>Malasia</b> reformó su legislación para tipificar como delitos la extorsión sexual y "
        "la transmisión en directo de abusos sexuales a niños y niñas.",
    ),
    (
        "<b>Indonesia</b> used the findings for its National Roadmap on Child Online Protection "
        "and for national standards and training in child protection.",
        "<b>L'Indonésie</b> s'est appuyée sur les résultats pour sa feuille de route nationale "
        "pour la protection des enfants en ligne, ainsi que pour ses normes et formations "
        "nationales en protection de l'enfance.",
        "<b>Indonesia</b> usó los hallazgos para su Hoja de Ruta Nacional de Protección "
        "Infantil en Línea y para sus normas y formación nacionales en protección infantil.",
    ),
    (
        "<b>Tanzania</b>'s Ministry of Health built the insights into its education and training "
        "materials.",
        "En <b>Tanzanie</b>, le ministère de la Santé a intégré les enseignements à ses supports "
        "d'éducation et de formation.",
        "En <b>Tanzania</b>, el Ministerio de Salud incorporó los hallazgos a sus materiales "
        "educativos y de formación.",
    ),
    ("What comes next", "Et ensuite", "Lo que viene"),
    (
        "A second phase, backed by US$7.5 million, has taken the research to Armenia, Brazil, "
        "Colombia, the Dominican Republic, Jordan, Montenegro, Morocco, North Macedonia, "
        "Pakistan, Serbia and Tunisia.",
        "Une deuxième phase, dotée de 7,5 millions de dollars US, a étendu la recherche à "
        "l'Arménie, au Brésil, à la Colombie, à la République dominicaine, à la Jordanie, au "
        "Monténégro, au Maroc, à la Macédoine du Nord, au Pakistan, à la Serbie et à la Tunisie.",
        "Una segunda fase, con 7,5 millones de dólares estadounidenses, ha llevado la "
        "investigación a Armenia, Brasil, Colombia, la República Dominicana, Jordania, "
        "Montenegro, Marruecos, Macedonia del Norte, Pakistán, Serbia y Túnez.",
    ),
    ("Read the insight brief", "Lire la note de synthèse", "Leer la nota de análisis"),
    (
        "How Disrupting Harm changed policy.",
        "Comment Disrupting Harm a fait évoluer les politiques.",
        "Cómo Disrupting Harm cambió las políticas.",
    ),
    ("Read the brief", "Lire la note", "Leer la nota"),
]

RESEARCH_FUND_CONVENING_2024 = [
    (
        "All thirteen projects in London: the 2024 Research Fund convening",
        "Les treize projets réunis à Londres : la rencontre 2024 du Fonds de recherche",
        "Los trece proyectos en Londres: el encuentro de 2024 del Fondo de Investigación",
    ),
    (
        "On 1 October 2024 the Tech Coalition and Safe Online brought every project the Research "
        "Fund supports together with more than a dozen technology companies.",
        "Le 1er octobre 2024, la Tech Coalition et Safe Online ont réuni tous les projets "
        "soutenus par le Fonds de recherche avec plus d'une douzaine d'entreprises "
        "technologiques.",
        "El 1 de octubre de 2024, la Tech Coalition y Safe Online reunieron a todos los "
        "proyectos que apoya el Fondo de Investigación con más de una docena de empresas "
        "tecnológicas.",
    ),
    (
        "More than 50 people came to the London convening. Every one of the Fund's thirteen "
        "grant projects was represented, and the aim was to pair research insights with industry "
        "expertise in ways that protect children from online sexual exploitation and abuse.",
        "Plus de 50 personnes ont participé à la rencontre de Londres. Chacun des treize projets "
        "financés par le Fonds y était représenté, avec pour objectif d'associer les "
        "enseignements de la recherche à l'expertise du secteur, de manière à protéger les "
        "enfants contre l'exploitation et les abus sexuels en ligne.",
        "Más de 50 personas asistieron al encuentro de Londres. Los trece proyectos "
        "subvencionados por el Fondo estuvieron representados, y el objetivo era combinar los "
        "hallazgos de la investigación con la experiencia del sector de forma que se proteja a "
        "niños y niñas de la explotación y el abuso sexual en línea.",
    ),
    (
        "The projects from the Fund's first two rounds that are described on this site are "
        "linked below.",
        "Les projets des deux premiers appels du Fonds présentés sur ce site sont indiqués "
        "ci-dessous.",
        "Abajo se enlazan los proyectos de las dos primeras convocatorias del Fondo que se "
        "describen en este sitio.",
    ),
]

DISRUPTING_HARM_EXPANDS = [
    (
        "Disrupting Harm expands to eleven more countries",
        "Disrupting Harm s'étend à onze nouveaux pays",
        "Disrupting Harm se amplía a once países más",
    ),
    (
        "With a second investment from Safe Online, Disrupting Harm is taking its national "
        "research on online sexual exploitation and abuse of children to eleven more countries.",
        "Grâce à un second investissement de Safe Online, Disrupting Harm étend à onze nouveaux "
        "pays ses recherches nationales sur l'exploitation et les abus sexuels d'enfants en "
        "ligne.",
        "Con una segunda inversión de Safe Online, Disrupting Harm lleva a once países más su "
        "investigación nacional sobre la explotación y el abuso sexual de niños y niñas en "
        "línea.",
    ),
    (
        "ECPAT International, INTERPOL, Safe Online and UNICEF Innocenti have announced the "
        "second phase of Disrupting Harm, in Armenia, Brazil, Colombia, the Dominican Republic, "
        "Jordan, Montenegro, Morocco, North Macedonia, Pakistan, Serbia and Tunisia. The phase "
        "brings the research to four new regions.",
        "ECPAT International, INTERPOL, Safe Online et UNICEF Innocenti ont annoncé la deuxième "
        "phase de Disrupting Harm, en Arménie, au Brésil, en Colombie, en République "
        "dominicaine, en Jordanie, au Monténégro, au Maroc, en Macédoine du Nord, au Pakistan, "
        "en Serbie et en Tunisie. Cette phase étend la recherche à quatre nouvelles régions.",
        "ECPAT International, INTERPOL, Safe Online y UNICEF Innocenti han anunciado la segunda "
        "fase de Disrupting Harm, en Armenia, Brasil, Colombia, la República Dominicana, "
        "Jordania, Montenegro, Marruecos, Macedonia del Norte, Pakistán, Serbia y Túnez. Esta "
        "fase lleva la investigación a cuatro nuevas regiones.",
    ),
    (
        "How the second phase works",
        "Le fonctionnement de la deuxième phase",
        "Cómo funciona la segunda fase",
    ),
    (
        "The research will be carried out between 2023 and 2025 by the Disrupting Harm partners "
        "together with UNICEF country offices, civil society organisations, members of the "
        "ECPAT network, police and INTERPOL National Central Bureaus, independent experts and "
        "government institutions. By 2025 each country is to have an action plan, based on the "
        "evidence, for preventing and responding to online child sexual exploitation and abuse.",
        "La recherche sera menée entre 2023 et 2025 par les partenaires de Disrupting Harm, avec "
        "les bureaux de pays de l'UNICEF, des organisations de la société civile, des membres du "
        "réseau ECPAT, la police et les Bureaux centraux nationaux d'INTERPOL, des experts "
        "indépendants et des institutions publiques. D'ici 2025, chaque pays doit disposer d'un "
        "plan d'action, fondé sur les données, pour prévenir l'exploitation et les abus sexuels "
        "d'enfants en ligne et y répondre.",
        "La investigación se llevará a cabo entre 2023 y 2025 por parte de los socios de "
        "Disrupting Harm junto con las oficinas de país de UNICEF, organizaciones de la sociedad "
        "civil, miembros de la red ECPAT, la policía y las Oficinas Centrales Nacionales de "
        "INTERPOL, expertos independientes e instituciones gubernamentales. Para 2025, cada país "
        "deberá contar con un plan de acción, basado en la evidencia, para prevenir la "
        "explotación y el abuso sexual infantil en línea y responder a ellos.",
    ),
    ("Where it started", "Les débuts", "Cómo empezó"),
    (
        "Safe Online first invested US$7 million in Disrupting Harm in 2019. The first phase "
        "covered thirteen countries in South-East Asia and in Eastern and Southern Africa, and "
        "several of them have since changed laws and policies in response.",
        "Safe Online a investi une première fois 7 millions de dollars US dans Disrupting Harm "
        "en 2019. La première phase couvrait treize pays d'Asie du Sud-Est et d'Afrique "
        "orientale et australe, et plusieurs d'entre eux ont depuis modifié leurs lois et leurs "
        "politiques en conséquence.",
        "Safe Online invirtió por primera vez 7 millones de dólares estadounidenses en "
        "Disrupting Harm en 2019. La primera fase abarcó trece países del Sudeste Asiático y de "
        "África Oriental y Meridional, y varios de ellos han cambiado desde entonces sus leyes y "
        "políticas en respuesta.",
    ),
]
