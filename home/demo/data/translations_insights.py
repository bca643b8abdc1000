"""French and Spanish for three insight briefs, as (English, French, Spanish) per segment. They
report the same findings, with the same figures and sources, as the English briefs
(home/demo/data/insights.py)."""

EXPLORE_THE_DATA = [
    ("Explore the data", "Explorer les données", "Explorar los datos"),
    (
        "Disrupting Harm's own presentation of its first-phase findings.",
        "La présentation, par Disrupting Harm, des résultats de sa première phase.",
        "La presentación que hace Disrupting Harm de los resultados de su primera fase.",
    ),
    (
        "Disrupting Harm data insights",
        "Les données de Disrupting Harm",
        "Los datos de Disrupting Harm",
    ),
]

THIRTEEN_NATIONAL_SURVEYS = [
    (
        "What thirteen national surveys tell us about online abuse of children",
        "Ce que treize enquêtes nationales nous apprennent sur les abus en ligne envers les "
        "enfants",
        "Lo que trece encuestas nacionales nos dicen sobre el abuso de niños y niñas en línea",
    ),
    (
        "The first phase of Disrupting Harm surveyed internet-using children and their caregivers "
        "in thirteen countries. How many children had been abused varied widely from country to "
        "country; across all thirteen, most offenders were people the child knew.",
        "La première phase de Disrupting Harm a interrogé des enfants qui utilisent internet, "
        "ainsi que les adultes qui s'occupent d'eux, dans treize pays. La proportion d'enfants "
        "victimes d'abus variait fortement d'un pays à l'autre ; dans les treize pays, la "
        "plupart des auteurs étaient des personnes que l'enfant connaissait.",
        "La primera fase de Disrupting Harm encuestó a niños y niñas usuarios de internet y a "
        "sus cuidadores en trece países. La proporción de niños y niñas que habían sufrido "
        "abusos variaba mucho de un país a otro; en los trece, la mayoría de los agresores eran "
        "personas que el niño o la niña conocía.",
    ),
    (
        "Between 1% and 20% of internet-using children surveyed had been subjected to online "
        "sexual exploitation and abuse in the past year",
        "Entre 1 % et 20 % des enfants internautes interrogés avaient subi une exploitation ou "
        "des abus sexuels en ligne au cours de l'année écoulée",
        "Entre el 1 % y el 20 % de los niños y niñas usuarios de internet encuestados habían "
        "sufrido explotación o abuso sexual en línea en el último año",
    ),
    (
        "The lowest rate was in Viet Nam and the highest in the Philippines.",
        "Le taux le plus bas a été relevé au Viet Nam et le plus élevé aux Philippines.",
        "La tasa más baja se registró en Viet Nam y la más alta en Filipinas.",
    ),
    ("1% to 20%", "1 % à 20 %", "del 1 % al 20 %"),
    (
        "About 60% of offenders were known to the child",
        "Environ 60 % des auteurs étaient connus de l'enfant",
        "Alrededor del 60 % de los agresores eran conocidos del niño o la niña",
    ),
    (
        "Most of the harm came from people the child already knew, not from strangers.",
        "L'essentiel du mal venait de personnes que l'enfant connaissait déjà, et non d'inconnus.",
        "La mayor parte del daño provino de personas que el niño o la niña ya conocía, no de "
        "desconocidos.",
    ),
    ("about 60%", "environ 60 %", "alrededor del 60 %"),
    (
        "Where the figures come from",
        "D'où viennent les chiffres",
        "De dónde salen las cifras",
    ),
    (
        "Safe Online funded the first phase of Disrupting Harm in 2019. It covered Cambodia, "
        "Indonesia, Malaysia, the Philippines, Thailand and Viet Nam, and Ethiopia, Kenya, "
        "Mozambique, Namibia, South Africa, Tanzania and Uganda. In each country a household "
        "survey of children and caregivers sat beside work with police, with young survivors and "
        "with the professionals who support them.",
        "Safe Online a financé la première phase de Disrupting Harm en 2019. Elle couvrait le "
        "Cambodge, l'Indonésie, la Malaisie, les Philippines, la Thaïlande et le Viet Nam, ainsi "
        "que l'Éthiopie, le Kenya, le Mozambique, la Namibie, l'Afrique du Sud, la Tanzanie et "
        "l'Ouganda. Dans chaque pays, une enquête auprès des ménages, menée avec des enfants et "
        "des adultes qui s'occupent d'eux, a été complétée par un travail avec la police, avec "
        "de jeunes survivants et avec les professionnels qui les accompagnent.",
        "Safe Online financió la primera fase de Disrupting Harm en 2019. Abarcó Camboya, "
        "Indonesia, Malasia, Filipinas, Tailandia y Viet Nam, así como Etiopía, Kenia, "
        "Mozambique, Namibia, Sudáfrica, Tanzania y Uganda. En cada país, una encuesta de "
        "hogares a niños, niñas y cuidadores se completó con trabajo junto a la policía, a "
        "jóvenes sobrevivientes y a los profesionales que los apoyan.",
    ),
    *EXPLORE_THE_DATA,
]

WHY_CHILDREN_STAY_SILENT = [
    (
        "Why children stay silent, and how to make help easier to reach",
        "Pourquoi les enfants se taisent, et comment rendre l'aide plus accessible",
        "Por qué los niños y niñas callan, y cómo hacer que la ayuda esté más a su alcance",
    ),
    (
        "In the thirteen first-phase Disrupting Harm countries, many children who were abused "
        "online told no one, and hardly any used a helpline or went to the police. This brief "
        "asks what that means for reporting and support.",
        "Dans les treize pays de la première phase de Disrupting Harm, beaucoup d'enfants "
        "victimes d'abus en ligne n'en ont parlé à personne, et presque aucun n'a appelé une "
        "ligne d'écoute ni ne s'est adressé à la police. Cette note examine ce que cela "
        "implique pour le signalement et l'accompagnement.",
        "En los trece países de la primera fase de Disrupting Harm, muchos niños y niñas que "
        "sufrieron abusos en línea no se lo contaron a nadie, y casi ninguno llamó a una línea "
        "de ayuda ni acudió a la policía. Esta nota analiza lo que eso significa para las "
        "denuncias y el apoyo.",
    ),
    (
        "Almost one in three children who were abused told no one",
        "Près d'un enfant victime sur trois n'en a parlé à personne",
        "Casi uno de cada tres niños y niñas que sufrieron abusos no se lo contó a nadie",
    ),
    (
        "For these children no service could respond, because nobody knew.",
        "Pour ces enfants, aucun service ne pouvait intervenir, puisque personne n'était au "
        "courant.",
        "Ningún servicio pudo responder por estos niños y niñas, porque nadie lo sabía.",
    ),
    ("almost 1 in 3", "près de 1 sur 3", "casi 1 de cada 3"),
    (
        "3% called a helpline, and 3% went to the police",
        "3 % ont appelé une ligne d'écoute et 3 % se sont adressés à la police",
        "El 3 % llamó a una línea de ayuda y el 3 % acudió a la policía",
    ),
    (
        "Formal routes reached only a small minority of the children affected.",
        "Les voies officielles n'ont touché qu'une petite minorité des enfants concernés.",
        "Las vías formales solo llegaron a una pequeña minoría de los niños y niñas afectados.",
    ),
    ("3%", "3 %", "3 %"),
    (
        "Silence is the common case",
        "Le silence est la règle",
        "El silencio es lo habitual",
    ),
    (
        "These figures describe children who had already been abused. That so few used the "
        "services meant for them suggests those services were not yet ones they felt able to "
        "turn to.",
        "Ces chiffres concernent des enfants qui avaient déjà subi des abus. Que si peu d'entre "
        "eux aient eu recours aux services qui leur sont destinés laisse penser que ces services "
        "n'étaient pas encore des interlocuteurs vers lesquels ils se sentaient capables de se "
        "tourner.",
        "Estas cifras se refieren a niños y niñas que ya habían sufrido abusos. Que tan pocos "
        "usaran los servicios pensados para ellos indica que esos servicios aún no eran un "
        "lugar al que se sintieran capaces de acudir.",
    ),
    *EXPLORE_THE_DATA,
]

FROM_EVIDENCE_TO_LAW = [
    (
        "From evidence to law: how Disrupting Harm changed policy",
        "Des preuves à la loi : comment Disrupting Harm a fait évoluer les politiques",
        "De la evidencia a la ley: cómo Disrupting Harm cambió las políticas",
    ),
    (
        "Several first-phase countries have acted on Disrupting Harm's recommendations, from new "
        "criminal offences in Malaysia to training materials in Tanzania.",
        "Plusieurs pays de la première phase ont donné suite aux recommandations de Disrupting "
        "Harm, de nouvelles infractions pénales en Malaisie à des supports de formation en "
        "Tanzanie.",
        "Varios países de la primera fase han actuado a partir de las recomendaciones de "
        "Disrupting Harm, desde nuevos delitos penales en Malasia hasta materiales de formación "
        "en Tanzania.",
    ),
    (
        "Malaysia made sexual extortion and live-streamed child sexual abuse crimes",
        "La Malaisie a érigé en infractions l'extorsion sexuelle et les abus sexuels sur enfants "
        "diffusés en direct",
        "Malasia tipificó como delitos la extorsión sexual y el abuso sexual infantil "
        "transmitido en directo",
    ),
    (
        "The amendments followed Disrupting Harm's recommendations and make these crimes easier "
        "to prosecute.",
        "Ces modifications font suite aux recommandations de Disrupting Harm et facilitent les "
        "poursuites pour ces crimes.",
        "Las reformas siguieron las recomendaciones de Disrupting Harm y facilitan el "
        "enjuiciamiento de estos delitos.",
    ),
    (
        "Indonesia built the recommendations into its national roadmap",
        "L'Indonésie a intégré les recommandations à sa feuille de route nationale",
        "Indonesia incorporó las recomendaciones a su hoja de ruta nacional",
    ),
    (
        "They helped shape the National Roadmap on Child Online Protection and the revised "
        "standards and training modules for integrated child protection services.",
        "Elles ont contribué à façonner la feuille de route nationale pour la protection des "
        "enfants en ligne, ainsi que les normes et modules de formation révisés des services "
        "intégrés de protection de l'enfance.",
        "Contribuyeron a dar forma a la Hoja de Ruta Nacional de Protección Infantil en Línea y "
        "a las normas y módulos de formación revisados de los servicios integrados de "
        "protección infantil.",
    ),
    (
        "Tanzania's Ministry of Health used the insights in its training",
        "Le ministère de la Santé tanzanien s'est appuyé sur les résultats dans ses formations",
        "El Ministerio de Salud de Tanzania usó los hallazgos en su formación",
    ),
    (
        "Its education and training materials now include the research's insights and "
        "recommendations.",
        "Ses supports d'éducation et de formation intègrent désormais les enseignements et les "
        "recommandations de la recherche.",
        "Sus materiales educativos y de formación incluyen ahora los hallazgos y las "
        "recomendaciones de la investigación.",
    ),
    (
        "Eleven more countries are following",
        "Onze autres pays suivent",
        "Once países más siguen el mismo camino",
    ),
    (
        "The second phase, backed by US$7.5 million and running from 2023 to 2025, is meant to "
        "give each of them an action plan based on its own evidence.",
        "La deuxième phase, dotée de 7,5 millions de dollars US et menée de 2023 à 2025, doit "
        "doter chacun d'eux d'un plan d'action fondé sur ses propres données.",
        "La segunda fase, con 7,5 millones de dólares estadounidenses y en marcha de 2023 a "
        "2025, tiene como objetivo dotar a cada uno de ellos de un plan de acción basado en su "
        "propia evidencia.",
    ),
    ("11 countries", "11 pays", "11 países"),
    (
        "Research meant for decision makers",
        "Une recherche pensée pour les décideurs",
        "Investigación pensada para quienes deciden",
    ),
    (
        "Disrupting Harm was designed to end in proposals that leaders and policy makers can act "
        "on. The changes in Malaysia, Indonesia and Tanzania are published examples of that "
        "happening.",
        "Disrupting Harm a été conçu pour aboutir à des propositions sur lesquelles dirigeants "
        "et responsables politiques peuvent agir. Les changements intervenus en Malaisie, en "
        "Indonésie et en Tanzanie en sont des exemples publiés.",
        "Disrupting Harm se diseñó para terminar en propuestas que líderes y responsables "
        "políticos puedan poner en práctica. Los cambios en Malasia, Indonesia y Tanzania son "
        "ejemplos publicados de ello.",
    ),
    ("Read the findings", "Lire les résultats", "Leer los resultados"),
    (
        "Disrupting Harm's first-phase findings, country by country.",
        "Les résultats de la première phase de Disrupting Harm, pays par pays.",
        "Los resultados de la primera fase de Disrupting Harm, país por país.",
    ),
    (
        "Disrupting Harm findings",
        "Les résultats de Disrupting Harm",
        "Los resultados de Disrupting Harm",
    ),
]
