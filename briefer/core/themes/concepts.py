"""The same idea in other words: a small bilingual lexicon of policy concepts.

Respondents name one idea many ways: "Asian markets", "the Indo-Pacific",
"Japan and Vietnam"; "CUSMA", "USMCA", "the new NAFTA", "l'ACEUM"; "tariffs",
"duties", "tarifs", "surtaxes". A coder groups them; word counting alone
cannot. Each concept below lists the words and phrases (English and French,
acronyms included) that name it in answers on trade and economic policy.
A phrase matches when the answer's words, stemmed as ``themes.words`` stems
them, appear in a row; a match adds the concept as one more term of the
answer, beside the words themselves, so a concept competes with the words
for a theme and wins only when it gathers more answers.

The lexicon is deliberately conservative: only words that a coder would put
under one heading without reading further. Broad notions ("economy",
"growth") are not concepts: they would join unrelated answers.

Entries marked ``~`` are *instances* of a category ("~Japan" under
``asia-pacific``, "~cobalt" under ``critical-minerals``). Answers naming
only instances name different things: to "Which inputs should Canada
secure first?", "cobalt" and "rare earths" are two answers, not one. A
category becomes a theme only when at least two answers use its own names
("Asian markets", "the Indo-Pacific"); its instances then join it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from briefer.core.themes.words import _TOKEN, Clause, normalise_word

# concept id -> phrases naming it (English and French)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "asia-pacific": (
        "Asia", "Asian", "Asia-Pacific", "Indo-Pacific", "Pacific Rim", "~Japan", "~Japanese",
        "~Korea", "~Korean", "~South Korea", "~Vietnam", "~Viet Nam", "~Vietnamese", "ASEAN",
        "Southeast Asia", "South-East Asia", "~India", "~Indian market", "~Indonesia",
        "~Philippines", "~Malaysia", "~Singapore", "~Thailand", "~Taiwan", "Asie", "asiatique",
        "asiatiques", "~Japon", "~japonais", "~Corée", "~Inde", "Asie-Pacifique", "Indo-Pacifique",
        "ANASE", "Asie du Sud-Est"),
    "europe": (
        "Europe", "European", "EU", "European Union", "CETA", "~United Kingdom", "~UK",
        "~Britain", "~British", "~Germany", "~German", "~France", "~French market",
        "Union européenne", "UE", "AECG", "~Royaume-Uni", "~Allemagne", "européen",
        "européenne", "européens"),
    "latin-america": (
        "Latin America", "South America", "Mercosur", "~Brazil", "~Chile", "~Peru", "~Colombia",
        "Pacific Alliance", "Amérique latine", "Amérique du Sud", "~Brésil", "~Chili", "~Pérou"),
    "africa": ("Africa", "African", "Afrique", "africain", "AfCFTA", "ZLECAf"),
    "shared-interests": (
        "shared interests", "shared interest", "common interests", "common interest",
        "mutual interest", "mutual interests", "mutual benefit", "mutually beneficial",
        "reciprocity", "reciprocal", "mutuality", "mutual cooperation", "two-way street",
        "intérêts communs", "intérêt commun", "intérêts partagés", "réciprocité",
        "avantage mutuel", "avantages mutuels"),
    "china": ("China", "Chinese", "Beijing", "PRC", "Chine", "chinois", "chinoise", "Pékin"),
    "us-government": (
        "Washington", "Congress", "congressional", "Capitol Hill", "lawmakers", "legislators",
        "senators", "Senate", "House of Representatives", "representatives", "governors",
        "governor", "state legislators", "state legislatures", "state level", "border states",
        "US states", "White House", "the administration", "US administration", "USTR",
        "Congrès", "législateurs", "sénateurs", "élus américains", "gouverneurs",
        "États américains", "Maison-Blanche", "administration américaine"),
    "provinces": (
        "provinces", "province", "provincial", "premiers", "territories", "provincial premiers",
        "federal-provincial", "provinciaux", "provinciales", "premiers ministres provinciaux",
        "territoires"),
    "cusma": (
        "CUSMA", "USMCA", "NAFTA", "new NAFTA", "T-MEC", "ACEUM", "ALENA", "CUSMA review",
        "joint review"),
    "trade-agreements": (
        "free trade agreement", "free trade agreements", "FTA", "FTAs", "trade agreement",
        "trade agreements", "trade deal", "trade deals", "preferential trade agreements",
        "CETA", "CPTPP", "TPP", "CUSMA", "USMCA", "accord de libre-échange",
        "accords de libre-échange", "accords commerciaux", "accord commercial", "ALE", "AECG",
        "PTPGP"),
    "multilateral": (
        "WTO", "World Trade Organization", "World Trade Organisation", "multilateral",
        "multilateralism", "multilateral fora", "multilateral forums", "international fora",
        "international forums", "G7", "G20", "OECD", "OMC", "Organisation mondiale du commerce",
        "multilatéral", "multilatéraux", "multilatérale", "multilatéralisme"),
    "dispute-settlement": (
        "dispute settlement", "dispute", "disputes", "dispute mechanisms", "panel", "panels",
        "litigation", "litigate", "legal challenge", "challenge at the WTO", "arbitration",
        "Chapter 10", "Chapter 19", "Chapter 31", "règlement des différends", "différend",
        "différends", "contestation", "recours juridique", "litige", "litiges"),
    "retaliation": (
        "retaliate", "retaliation", "retaliatory", "counter-tariffs", "countermeasures",
        "counter-measures", "counter tariffs", "reciprocal tariffs", "match the tariffs",
        "hit back", "représailles", "rétorsion", "contre-mesures", "contre-tarifs",
        "riposte", "riposter"),
    "tariffs": (
        "tariff", "tariffs", "duties", "duty", "surtax", "surtaxes", "levies", "levy",
        "countervailing duties", "anti-dumping duties", "tarif", "tarifs", "droits de douane",
        "surtaxe", "surtaxes", "droits compensateurs", "droits antidumping"),
    "non-tariff-barriers": (
        "non-tariff barriers", "non-tariff measures", "NTBs", "NTB", "sanitary",
        "phytosanitary", "SPS", "technical barriers", "standards", "regulatory barriers",
        "obstacles non tarifaires", "barrières non tarifaires", "mesures non tarifaires",
        "normes sanitaires", "phytosanitaires"),
    "diversification": (
        "diversify", "diversification", "diversifying", "new markets", "other markets",
        "market diversification", "diversifier", "diversification des marchés",
        "nouveaux marchés", "autres marchés"),
    "lobbying": (
        "lobby", "lobbying", "advocacy", "advocate", "outreach", "persuade", "convince",
        "make the case", "making the case", "plaidoyer", "démarchage", "lobbyisme",
        "sensibiliser", "convaincre"),
    "workers": (
        "workers", "worker", "labour", "labor", "employees", "jobs", "employment", "unions",
        "union", "workforce", "travailleurs", "travailleuses", "main-d'œuvre",
        "main-d'oeuvre", "emplois", "emploi", "syndicats"),
    "training": (
        "training", "skills", "apprenticeships", "apprenticeship", "colleges", "reskilling",
        "upskilling", "micro-credentials", "formation", "compétences", "apprentissage",
        "requalification"),
    "supply-chains": (
        "supply chain", "supply chains", "supply-chain", "value chain", "value chains",
        "chaîne d'approvisionnement", "chaînes d'approvisionnement", "chaînes de valeur",
        "chaîne de valeur"),
    "climate": (
        "climate", "climate change", "environment", "environmental", "emissions", "carbon",
        "decarbonization", "decarbonisation", "net zero", "net-zero", "green", "clean energy",
        "energy transition", "clean technology", "clean tech", "climat", "changements climatiques",
        "environnement", "environnementale", "émissions", "carbone", "décarbonation",
        "carboneutralité", "transition énergétique", "énergie propre"),
    "energy": (
        "energy", "~oil", "~gas", "~natural gas", "~LNG", "~pipelines", "~pipeline", "~electricity",
        "~hydro", "~hydroelectricity", "~uranium", "énergie", "~pétrole", "~gaz", "~électricité",
        "~hydroélectricité"),
    "technology": (
        "technology", "technologies", "technological", "tech", "innovation", "R&D",
        "research", "artificial intelligence", "AI", "semiconductors", "chips", "digital",
        "technologie", "technologies", "technologique", "innovation", "recherche",
        "intelligence artificielle", "semi-conducteurs", "numérique"),
    "security": (
        "national security", "security", "defence", "defense", "military", "NORAD", "NATO",
        "sécurité nationale", "sécurité", "défense", "OTAN"),
    "infrastructure": (
        "infrastructure", "ports", "port", "rail", "railways", "roads", "corridors",
        "corridor", "bridges", "trade corridors", "infrastructures", "chemins de fer",
        "routes", "corridors commerciaux"),
    "subsidies": (
        "subsidies", "subsidy", "tax credits", "tax credit", "incentives", "grants",
        "funding", "loans", "loan guarantees", "financial support", "bailout", "subventions",
        "subvention", "crédits d'impôt", "crédit d'impôt", "incitatifs", "financement",
        "prêts", "aide financière"),
    "permitting": (
        "permitting", "permits", "permit", "approvals", "approval", "regulatory approval",
        "environmental assessment", "impact assessment", "red tape", "licensing", "permis",
        "autorisations", "évaluation environnementale", "lourdeurs administratives",
        "délais d'approbation"),
    "processing": (
        "processing", "refining", "refinery", "refineries", "smelting", "smelter",
        "smelters", "processors", "transformation", "raffinage", "raffinerie", "affinage"),
    "delays": (
        "slow", "too slow", "late", "too late", "delays", "delay", "delayed", "slowness",
        "lagging", "sluggish", "lent", "lente", "lenteur", "trop lent", "retard", "retards",
        "tardif", "tardive"),
    "uncertainty": (
        "uncertainty", "uncertain", "unpredictable", "unpredictability", "volatility",
        "volatile", "instability", "unstable", "incertitude", "imprévisible",
        "imprévisibilité", "instabilité", "volatilité"),
    "border": (
        "border", "borders", "crossings", "crossing", "customs", "inspections",
        "border inspections", "border closures", "frontière", "frontières", "douane",
        "douanes", "postes frontaliers", "passage frontalier"),
    "supply-management": (
        "supply management", "supply-managed", "dairy quotas", "gestion de l'offre",
        "sous gestion de l'offre"),
    "dairy": ("dairy", "milk", "cheese", "produits laitiers", "lait", "laitier", "laitiers",
              "fromage"),
    "procurement": (
        "procurement", "public procurement", "government procurement", "Buy American",
        "Buy America", "Buy Canadian", "government purchasing", "public purchasing",
        "marchés publics", "approvisionnement public", "achats publics", "achat local"),
    "protectionism": (
        "protectionism", "protectionist", "America First", "Buy American", "Buy America",
        "economic nationalism", "unilateralism", "unilateral", "rules-based", "rules-based trade",
        "rules-based order", "rules-based system", "disregard for rules", "tools over rules",
        "erosion", "protectionnisme", "protectionniste", "nationalisme économique",
        "unilatéralisme", "ordre fondé sur des règles"),
    "critical-minerals": (
        "critical minerals", "~lithium", "~cobalt", "~nickel", "~graphite", "~rare earths",
        "~rare earth", "~rare-earth", "minéraux critiques", "~terres rares"),
    "electric-vehicles": (
        "electric vehicles", "electric vehicle", "EV", "EVs", "batteries", "battery",
        "battery supply chain", "véhicules électriques", "véhicule électrique", "VE",
        "batteries"),
    "autos": (
        "auto", "autos", "automotive", "auto sector", "auto industry", "car", "cars",
        "vehicles", "automakers", "auto parts", "automobile", "automobiles", "automobile",
        "pièces d'auto", "constructeurs automobiles"),
    "steel-aluminum": (
        "steel", "aluminum", "aluminium", "metals", "acier", "aluminium", "métaux"),
    "lumber": ("softwood lumber", "lumber", "softwood", "forestry", "forest products",
               "bois d'œuvre", "bois d'oeuvre", "bois résineux", "produits forestiers",
               "foresterie"),
    "agriculture": (
        "agriculture", "agricultural", "agri-food", "agrifood", "farmers", "farm", "farms",
        "food", "~beef", "~pork", "~canola", "~grain", "~grains", "agroalimentaire", "agriculteurs",
        "agricole", "agricoles", "~bœuf", "~boeuf", "~porc", "~canola", "~céréales"),
    "fisheries": (
        "fisheries", "fishery", "fishing", "fish", "seafood", "~lobster", "~snow crab", "~crab",
        "pêches", "pêche", "pêcheurs", "poisson", "fruits de mer", "~homard", "~crabe"),
    "indigenous": (
        "Indigenous", "First Nations", "Inuit", "Métis", "Indigenous consultation",
        "Indigenous communities", "Autochtones", "autochtone", "Premières Nations",
        "communautés autochtones"),
    "smes": (
        "small business", "small businesses", "SMEs", "SME", "small and medium-sized",
        "small firms", "PME", "petites entreprises", "petites et moyennes entreprises"),
    "digital-tax": (
        "digital services tax", "DST", "digital tax", "taxe sur les services numériques",
        "TSN", "taxe numérique"),
    "data": ("data", "data flows", "cross-border data", "data localization", "données",
             "flux de données"),
    "communication": (
        "communication", "communications", "messaging", "explained", "transparency",
        "transparent", "consultation", "consulted", "communiquer", "transparence",
        "consultations"),
    "coordination": (
        "coordinate", "coordination", "coordinated", "cooperation", "co-operation",
        "cooperate", "collaboration", "collaborate", "working together", "joint",
        "coordonner", "coordination", "coopération", "collaboration", "collaborer"),
    "team-canada": (
        "Team Canada", "unified front", "united front", "common front", "one voice",
        "Équipe Canada", "front commun", "front uni", "d'une seule voix"),
    "investment": (
        "invest", "investment", "investments", "investing", "capital", "investir",
        "investissement", "investissements"),
    "exemptions": (
        "exemption", "exemptions", "exempt", "carve-out", "carve-outs", "carveout",
        "exclusion", "exclusions", "waiver", "waivers", "exemption", "exemptions",
        "exonération"),
    "quotas": (
        "quota", "quotas", "tariff-rate quota", "tariff-rate quotas", "TRQ", "TRQs",
        "contingent", "contingents", "contingents tarifaires"),
    "resources": (
        "natural resources", "resources", "raw materials", "~energy", "~oil", "~gas",
        "~electricity", "~hydro", "~uranium", "~potash", "~critical minerals", "~minerals",
        "~lithium", "~nickel", "~cobalt", "~aluminum", "~aluminium", "ressources naturelles",
        "ressources", "matières premières", "~énergie", "~pétrole", "~électricité", "~uranium",
        "~potasse", "~minéraux critiques", "~minéraux"),
    "digital-policy": (
        "digital policy", "digital", "~Online Streaming Act", "~Online News Act", "~streaming",
        "~news act", "~news law", "~CRTC", "~digital services tax", "~DST", "~online harms",
        "~Netflix", "~Meta", "~Google", "numérique", "~diffusion continue en ligne",
        "~Loi sur les nouvelles en ligne", "~taxe sur les services numériques"),
    "closures": (
        "closures", "closure", "close", "closing", "shut down", "shutdowns", "disappear",
        "go under", "go bankrupt", "bankrupt", "bankruptcy", "bankruptcies", "consolidation",
        "consolidate", "exit", "layoffs", "fermetures", "fermeture", "fermer", "faillite",
        "faillites", "disparaître", "disparaîtraient", "disparition"),
    "adaptation": (
        "adapt", "adapting", "adjust", "compete", "competitive", "cope", "survive",
        "little effect", "little impact", "minimal impact", "limited impact", "absorb",
        "absorbed", "s'adapter", "s'adapteraient", "concurrentiel", "concurrentiels",
        "survivre", "absorber"),
    "food-security": (
        "food security", "food sovereignty", "food supply", "sécurité alimentaire",
        "souveraineté alimentaire", "autonomie alimentaire"),
    "cost": (
        "cost", "costs", "costly", "expensive", "price tag", "afford", "affordable",
        "affordability", "unaffordable", "burden", "financial burden", "fiscal cost", "pricey",
        "coût", "coûts", "coûteux", "coûteuse", "cher", "chère", "abordable", "fardeau"),
    "red-tape": (
        "red tape", "bureaucracy", "bureaucratic", "paperwork", "administrative burden",
        "compliance burden", "duplication", "another layer", "layer of bureaucracy",
        "paperasse", "bureaucratie", "lourdeur administrative", "lourdeurs administratives",
        "tracasseries administratives"),
    "competitiveness": (
        "competitiveness", "productivity", "level playing field", "compétitivité",
        "productivité", "règles du jeu équitables"),
    "shortages": (
        "shortage", "shortages", "scarcity", "stockouts", "stock-outs", "out of stock",
        "pénurie", "pénuries", "rupture de stock", "ruptures de stock", "ruptures"),
    "stockpiling": (
        "stockpile", "stockpiles", "stockpiling", "strategic reserve", "reserves", "inventory",
        "inventories", "buffer stock", "buffer stocks", "réserve stratégique", "réserves",
        "stocks tampons"),
    "domestic-production": (
        "domestic production", "domestic manufacturing", "made in Canada", "onshoring",
        "onshore", "reshoring", "nearshoring", "produce here", "build here", "local production",
        "Canadian-made", "production locale", "production nationale", "fabrication au Canada",
        "fabriqué au Canada", "relocalisation"),
    "harmonization": (
        "harmonize", "harmonise", "harmonization", "harmonisation", "harmonized", "harmonised",
        "mutual recognition", "align", "alignment", "aligned", "common standards",
        "regulatory cooperation", "harmoniser", "reconnaissance mutuelle", "aligner",
        "normes communes", "coopération réglementaire"),
    "enforcement": (
        "enforcement", "enforce", "enforced", "compliance", "audits", "audit", "penalties",
        "fines", "monitoring", "application", "conformité", "vérifications", "amendes",
        "surveillance"),
    "fairness": (
        "fair", "fairness", "unfair", "equity", "equitable", "inequitable", "équité",
        "équitable", "injuste", "inéquitable"),
    "sovereignty": (
        "sovereignty", "sovereign", "autonomy", "independence", "souveraineté", "autonomie",
        "indépendance"),
    "courts": (
        "court", "courts", "lawsuit", "lawsuits", "legal challenge", "legal action",
        "constitutional", "Charter", "judicial review", "tribunal", "tribunaux",
        "contestation judiciaire", "recours judiciaire", "constitutionnel"),
    "phase-in": (
        "phase in", "phased", "phase-in", "gradual", "gradually", "transition period",
        "grace period", "step by step", "progressive", "progressively", "période de transition",
        "progressivement", "graduellement", "par étapes"),
    "evidence": (
        "data", "evidence", "study", "studies", "analysis", "research", "données", "preuves",
        "études", "étude", "analyse"),
    "taxes": (
        "tax", "taxes", "taxation", "double taxation", "income tax", "payroll tax",
        "withholding", "tax rules", "impôt", "impôts", "fiscalité", "fiscal", "double imposition",
        "imposition"),
    "wages": ("wages", "wage", "pay", "salaries", "salary", "earnings", "salaires", "salaire",
              "rémunération"),
    "immigration": (
        "permanent residency", "permanent residence", "PR", "pathway to residency",
        "pathway to permanent residence", "immigration", "citizenship", "résidence permanente",
        "voie d'accès à la résidence", "immigration"),
    "worker-protection": (
        "protections", "protection of workers", "abuse", "abuses", "exploitation", "exploited",
        "mistreatment", "workers' rights", "worker rights", "closed work permits",
        "tied work permits", "open work permits", "droits des travailleurs", "abus",
        "exploitation", "permis fermés", "permis ouverts"),
    "seasonal": ("seasonal", "season", "harvest", "harvests", "peak season", "saisonnier",
                 "saisonniers", "saison", "récolte", "récoltes"),
    "arctic": (
        "Arctic", "the North", "northern", "Nunavut", "Northwest Passage", "Far North",
        "Arctique", "Grand Nord", "nordique", "passage du Nord-Ouest"),
    "icebreakers": ("icebreaker", "icebreakers", "polar icebreakers", "brise-glace",
                    "brise-glaces"),
    "shipping": (
        "shipping", "vessels", "vessel", "ships", "ship", "marine", "maritime", "cargo",
        "transport maritime", "navires", "navire", "navigation"),
    "search-rescue": ("search and rescue", "SAR", "rescue", "recherche et sauvetage",
                      "sauvetage"),
    "spills": ("oil spill", "oil spills", "spill", "spills", "pollution", "déversement",
               "déversements", "marée noire"),
    "industrial-benefits": (
        "ITB", "ITBs", "industrial benefits", "industrial and technological benefits",
        "offsets", "offset", "local content", "Canadian content", "retombées industrielles",
        "retombées économiques", "contenu canadien"),
    "fertilizer": ("potash", "fertilizer", "fertilizers", "fertiliser", "fertilisers",
                   "potasse", "engrais"),
    "congestion": (
        "congestion", "bottleneck", "bottlenecks", "capacity constraints", "backlog",
        "backlogs", "delays at the port", "goulot", "goulots", "goulots d'étranglement",
        "engorgement"),
    "strikes": ("strike", "strikes", "lockout", "lockouts", "labour disruption",
                "labour disruptions", "work stoppage", "work stoppages", "labour dispute",
                "labour disputes", "labor dispute", "labor disputes", "labour conflict",
                "grève", "grèves", "arrêt de travail", "conflits de travail",
                "conflit de travail", "lock-out"),
    "weather": ("weather", "extreme weather", "wildfire", "wildfires", "forest fires", "floods",
                "flooding", "flood", "washout", "washouts", "washed out", "drought", "droughts",
                "cold snap", "heat wave", "heatwave", "storms", "météo", "intempéries",
                "feux de forêt", "incendies", "inondations", "inondation", "sécheresse"),
    "market-power": ("competition", "lack of competition", "no competition", "duopoly",
                     "monopoly", "oligopoly", "market power", "captive", "captive shippers",
                     "concurrence", "manque de concurrence", "duopole", "monopole",
                     "pouvoir de marché"),
    "grid": (
        "grid", "grids", "transmission", "transmission lines", "interties", "intertie",
        "interconnection", "interconnections", "réseau électrique", "lignes de transport",
        "interconnexions", "interconnexion"),
    "renewables": (
        "renewable", "renewables", "~wind", "~solar", "~nuclear", "~SMR", "~SMRs",
        "~small modular reactors", "clean electricity", "~hydro", "~hydropower", "renouvelable",
        "renouvelables", "~éolien", "~éolienne", "~solaire", "~nucléaire", "~hydroélectricité"),
    "regulator": (
        "regulator", "regulators", "regulatory", "Health Canada", "Santé Canada", "CFIA",
        "ACIA", "Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments",
        "FDA", "EMA", "réglementaire", "organisme de réglementation"),
    "investment-disputes": (
        "ISDS", "investor-state", "investor-state dispute settlement", "investment court",
        "investment court system", "ICS", "investisseur-État", "tribunal d'investissement"),
    "ratification": ("ratify", "ratification", "ratified", "ratifier", "ratifié"),
    "remote-work": ("remote work", "remote workers", "telework", "teleworking",
                    "work from home", "working from home", "WFH", "télétravail",
                    "télétravailleurs", "travail à distance"),
    "tax-treaty": ("tax treaty", "tax treaties", "tax convention", "treaty", "convention fiscale",
                   "traité fiscal", "convention"),
    "residency": ("tax residency", "tax residence", "residency", "residence", "resident",
                  "residents", "résidence fiscale", "résidence", "résident", "résidents"),
    "permanent-establishment": ("permanent establishment", "PE", "établissement stable"),
    "internal-trade": (
        "internal trade", "interprovincial trade", "CFTA", "Canadian Free Trade Agreement",
        "trade within Canada", "internal barriers", "interprovincial barriers",
        "commerce intérieur", "commerce interprovincial", "ALEC",
        "Accord de libre-échange canadien", "barrières interprovinciales"),
    "alcohol": ("alcohol", "wine", "beer", "spirits", "liquor", "alcool", "vin", "vins",
                "bière", "spiritueux"),
    "trucking": ("trucking", "trucks", "truck", "truck weights", "truckers", "camions",
                 "camionnage", "camionneurs"),
    "credentials": (
        "credentials", "licensing", "licences", "licenses", "certification", "accreditation",
        "labour mobility", "professional licences", "recognition of credentials",
        "titres de compétences", "permis d'exercice", "mobilité de la main-d'œuvre",
        "reconnaissance des titres"),
    "pharma": (
        "generic drugs", "generics", "active pharmaceutical ingredients", "API", "APIs",
        "pharmaceutical", "pharmaceuticals", "drugs", "medicines", "médicaments",
        "génériques", "ingrédients pharmaceutiques actifs", "pharmaceutique"),
    "canola": ("canola", "canola oil", "canola meal", "colza", "huile de canola"),
    "housing": ("housing", "homes", "affordable housing", "logement", "logements"),
    "health": ("health", "healthcare", "health care", "hospitals", "santé", "hôpitaux"),
    "intensifying": (
        "intensifying", "intensified", "intensity", "stronger", "worsening", "worse",
        "escalating", "escalation", "increasingly", "getting worse", "accelerating",
        "s'intensifie", "s'aggrave", "aggravation", "intensification", "escalade"),
}

_NORMALISED: dict[str, list[tuple[tuple[str, ...], str, bool]]] | None = None


def _phrase_stems(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(normalise_word(m.group("word"), lang)
                 for m in _TOKEN.finditer(phrase) if m.group("word"))


def _index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First stem -> (stems of a phrase, concept, is an instance), longest phrases first."""
    global _NORMALISED
    if _NORMALISED is None:
        index: dict[str, set[tuple[tuple[str, ...], str, bool]]] = {}
        for concept, phrases in CONCEPTS.items():
            for phrase in phrases:
                instance = phrase.startswith("~")
                for lang in ("en", "fr"):
                    stems = _phrase_stems(phrase.lstrip("~"), lang)
                    if stems:
                        index.setdefault(stems[0], set()).add((stems, concept, instance))
        _NORMALISED = {k: sorted(v, key=lambda e: (-len(e[0]), e[2], e[1]))
                       for k, v in index.items()}
    return _NORMALISED


def concept_matches(clause: Clause) -> list[tuple[int, int, str, bool]]:
    """(first word, end word, concept, by an instance) for each concept named in a clause.

    At each position the longest phrase of each concept wins (a name before an
    instance of the same length); a concept is reported once per position.
    """
    return list(_matches(tuple(w.stem for w in clause)))


@lru_cache(maxsize=32768)
def _matches(stems: tuple[str, ...]) -> tuple[tuple[int, int, str, bool], ...]:
    index = _index()
    found: list[tuple[int, int, str, bool]] = []
    for i, stem in enumerate(stems):
        seen: set[str] = set()
        for phrase, concept, instance in index.get(stem, ()):
            if concept in seen:
                continue
            j = i + len(phrase)
            if stems[i:j] == phrase:
                found.append((i, j, concept, instance))
                seen.add(concept)
    return tuple(found)


def concepts_of(words: Sequence[str]) -> set[str]:
    """The concepts a list of stems names anywhere (for tests and the draft)."""
    return {c for _, _, c, _ in _matches(tuple(words))}
