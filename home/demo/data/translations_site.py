"""French and Spanish for the home page and the About page, as (English, French, Spanish): the
English is the text of one segment of the page as wagtail-localize extracts it (a field, a
heading, a paragraph), the translations say the same, and no more, in each language."""

HOME = [
    (
        "Evidence and tools for a digital world where every child is safe",
        "Des données et des outils pour un monde numérique où chaque enfant est en sécurité",
        "Evidencia y herramientas para un mundo digital en el que todos los niños y niñas estén "
        "seguros",
    ),
    (
        "Safe Online funds research, technology and networks that protect children from sexual "
        "exploitation and abuse online. Explore what our grantees are learning and how it is "
        "changing practice.",
        "Safe Online finance la recherche, les technologies et les réseaux qui protègent les "
        "enfants contre l'exploitation et les abus sexuels en ligne. Découvrez ce que nos "
        "bénéficiaires apprennent et comment cela fait évoluer les pratiques.",
        "Safe Online financia investigaciones, tecnologías y redes que protegen a niños y niñas "
        "de la explotación y el abuso sexual en línea. Descubra lo que aprenden nuestros "
        "beneficiarios y cómo está cambiando la práctica.",
    ),
    ("Explore the research", "Découvrir la recherche", "Explorar la investigación"),
    ("Safe Online in figures", "Safe Online en chiffres", "Safe Online en cifras"),
    ("Stay in the loop", "Restez informé", "Manténgase al día"),
    (
        "Choose the topics you care about and we will send you a short digest of new research, "
        "insight briefs and events.",
        "Choisissez les sujets qui vous intéressent : nous vous enverrons un court résumé des "
        "nouvelles recherches, notes de synthèse et événements.",
        "Elija los temas que le interesan y le enviaremos un breve resumen de las nuevas "
        "investigaciones, notas de análisis y eventos.",
    ),
]

ABOUT = [
    ("About", "À propos", "Quiénes somos"),
    (
        "Safe Online is a global fund that invests in protecting children and young people from "
        "sexual exploitation and abuse in the digital world.",
        "Safe Online est un fonds mondial qui investit dans la protection des enfants et des "
        "jeunes contre l'exploitation et les abus sexuels dans le monde numérique.",
        "Safe Online es un fondo mundial que invierte en la protección de niños, niñas y jóvenes "
        "frente a la explotación y el abuso sexual en el mundo digital.",
    ),
    ("Who we are", "Qui nous sommes", "Nuestra identidad"),
    (
        "Safe Online has been investing against online child sexual exploitation and abuse since "
        "2016. In 2023 it left the Global Partnership to End Violence Against Children to work "
        "independently, as a global funding vehicle with one purpose: to protect and empower "
        "children and young people wherever the digital world reaches them.",
        "Safe Online investit depuis 2016 dans la lutte contre l'exploitation et les abus sexuels "
        "d'enfants en ligne. En 2023, il a quitté le Partenariat mondial pour mettre fin à la "
        "violence envers les enfants pour travailler de manière indépendante, en tant que "
        "mécanisme de financement mondial poursuivant un seul but : protéger les enfants et les "
        "jeunes et renforcer leur autonomie partout où le monde numérique les atteint.",
        "Safe Online invierte desde 2016 en la lucha contra la explotación y el abuso sexual "
        "infantil en línea. En 2023 dejó la Alianza Mundial para Acabar con la Violencia contra "
        "los Niños para trabajar de forma independiente, como mecanismo de financiación mundial "
        "con un único propósito: proteger y empoderar a niños, niñas y jóvenes dondequiera que "
        "llegue el mundo digital.",
    ),
    (
        "It funds through three pillars, Networks &amp; Systems, Research &amp; Data, and "
        "Technology Tools. Its grantees and partners include universities, child rights "
        "organisations, UN agencies and INTERPOL.",
        "Il finance à travers trois piliers : Réseaux et systèmes, Recherche et données, et "
        "Outils technologiques. Parmi ses bénéficiaires et partenaires figurent des universités, "
        "des organisations de défense des droits de l'enfant, des agences des Nations Unies et "
        "INTERPOL.",
        "Financia a través de tres pilares: Redes y sistemas, Investigación y datos, y "
        "Herramientas tecnológicas. Entre sus beneficiarios y socios hay universidades, "
        "organizaciones de derechos de la infancia, agencias de las Naciones Unidas e INTERPOL.",
    ),
    ("Our work in figures", "Notre action en chiffres", "Nuestro trabajo en cifras"),
    ("Partnerships", "Partenariats", "Alianzas"),
    (
        "We run the Tech Coalition Safe Online Research Fund with the Tech Coalition, and fund "
        "Disrupting Harm, which ECPAT International, INTERPOL and UNICEF Innocenti carry out. In "
        "2023 we formalised a partnership with the French Children Online Protection Lab and "
        "joined the Lanzarote Committee as an observer.",
        "Nous gérons le Fonds de recherche Safe Online de la Tech Coalition avec la Tech "
        "Coalition, et nous finançons Disrupting Harm, mené par ECPAT International, INTERPOL et "
        "UNICEF Innocenti. En 2023, nous avons officialisé un partenariat avec le Laboratoire "
        "pour la protection de l'enfance en ligne (Children Online Protection Lab) français et "
        "rejoint le Comité de Lanzarote en tant qu'observateur.",
        "Gestionamos el Fondo de Investigación Safe Online de la Tech Coalition junto con la "
        "Tech Coalition y financiamos Disrupting Harm, que llevan a cabo ECPAT International, "
        "INTERPOL y UNICEF Innocenti. En 2023 formalizamos una alianza con el Children Online "
        "Protection Lab de Francia y nos incorporamos al Comité de Lanzarote como observadores.",
    ),
    (
        "Talk to us about partnership",
        "Parlons partenariat",
        "Hablemos de colaboración",
    ),
    (
        "Whether you fund, research or build technology, we would like to hear from you.",
        "Que vous financiez, meniez des recherches ou conceviez des technologies, nous serions "
        "heureux d'échanger avec vous.",
        "Tanto si financia, investiga o desarrolla tecnología, nos gustaría saber de usted.",
    ),
    ("Get in touch", "Nous contacter", "Contáctenos"),
]
