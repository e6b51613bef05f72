namespace ClaimTracker.Core.Claims;

/// <summary>The words the extractor reads claims by: people nouns, metric and status cues, attribution verbs.</summary>
internal static class ClaimLexicon
{
    /// <summary>Nouns for armed people; a count of them is reported as "troops" (or "fighters" for irregulars).</summary>
    public static readonly WordSet MilitaryNouns = new(
        "troops", "troop", "soldiers", "servicemen", "servicemembers", "personnel", "officers", "engineers", "forces",
        "recruits", "conscripts", "reservists", "mercenaries", "marines", "paratroopers", "commandos", "sailors", "pilots",
        "guardsmen", "peacekeepers", "sappers", "gunners", "snipers", "instructors", "advisers", "advisors", "specialists",
        "contractors", "generals", "crew", "crewmen", "police", "policemen", "guards", "deminers");

    public static readonly WordSet IrregularNouns = new(
        "fighters", "militants", "combatants", "insurgents", "rebels", "militiamen", "gunmen", "jihadists", "terrorists", "paramilitaries");

    public static readonly WordSet CivilianNouns = new(
        "civilians", "people", "persons", "children", "kids", "women", "men", "residents", "workers", "villagers", "refugees",
        "migrants", "patients", "journalists", "doctors", "medics", "nurses", "students", "inhabitants", "family", "families",
        "detainees", "individuals", "babies", "infants", "minors", "teenagers", "adults", "victims", "survivors",
        "evacuees", "passengers", "staff", "employees", "volunteers", "protesters", "demonstrators", "others", "citizens", "nationals", "members",
        "israelis", "palestinians", "ukrainians", "russians", "syrians", "sudanese", "gazans", "lebanese", "yemenis", "iraqis", "afghans",
        "paramedics", "rescuers", "defectors");

    /// <summary>Words that are themselves a count of people ("50 killed", "3,600 wounded", "600,000 casualties").</summary>
    public static readonly WordSet MetricNouns = new(
        "casualties", "killed", "dead", "deaths", "fatalities", "wounded", "injured", "injuries", "captured", "prisoners",
        "pows", "missing", "displaced", "died", "slain", "hostages", "bodies", "killings", "kidnappings");

    /// <summary>Words that may sit between a number and its people noun ("10,000 North Korean elite troops").</summary>
    public static readonly WordSet NounModifiers = new(
        "more", "additional", "extra", "other", "new", "fresh", "further", "elite", "special", "regular", "armed", "active",
        "military", "security", "army", "ground", "combat", "foreign", "local", "allied", "enemy", "government", "rebel",
        "aid", "humanitarian", "civilian", "innocent", "unarmed", "young", "trained", "seasoned", "wounded", "injured", "dead",
        "regime", "pro", "federal", "national", "reserve", "border", "frontline", "infantry", "air", "naval", "navy", "service",
        "defence", "defense", "medical", "health", "un", "nato", "of", "its", "their", "his", "her", "our", "the", "these", "those",
        "whom", "them", "which", "and", "or", "mostly", "mainly", "largely", "including", "all", "some", "many", "about", "uniformed",
        "deployed", "stationed", "captured", "conscripted", "mobilised", "mobilized", "professional", "contract", "operations",
        "operation", "assault", "suspected", "alleged", "airborne", "mechanized", "mechanised", "motorized", "reconnaissance", "volunteer", "ethnic", "own");

    public static readonly WordSet Killed = new(
        "killed", "kill", "kills", "killing", "dead", "died", "die", "dying", "deaths", "death", "fatalities", "perished",
        "slain", "executed", "massacred", "fatally", "bodies", "morgue", "morgues", "neutralised", "neutralized", "neutralising", "neutralizing");

    public static readonly WordSet Wounded = new(
        "wounded", "wounding", "injured", "injuring", "injuries", "hurt", "injury", "wounds");

    public static readonly WordSet KilledOrWounded = new("casualties", "casualty", "losses", "lost", "lose", "loses", "losing");

    public static readonly WordSet Captured = new(
        "captured", "capture", "capturing", "prisoners", "prisoner", "pows", "pow", "surrendered", "surrender", "hostages", "hostage",
        "abducted", "kidnapped", "kidnappings", "captive", "captivity");

    public static readonly WordSet Missing = new("missing", "unaccounted", "disappeared");

    public static readonly WordSet Returned = new("returned", "return", "returning");

    public static readonly WordSet ReturnPlaces = new("battlefield", "front", "frontline", "frontlines", "duty", "combat", "service", "units", "fight", "fighting", "ranks");

    public static readonly WordSet Engaged = new(
        "engaged", "fighting", "fight", "fought", "participating", "participate", "participated", "involved", "battling", "combat", "operations", "assaults");

    public static readonly WordSet Deployed = new(
        "deployed", "deploy", "deploys", "deploying", "deployment", "sent", "send", "sends", "sending", "stationed", "arrived", "arrive",
        "arriving", "arrives", "dispatched", "dispatch", "transferred", "based", "positioned", "present", "follow", "massed", "amassed",
        "mobilised", "mobilized", "reinforcements", "contingent", "wave", "consist", "train", "training", "soil", "posted", "moved",
        "relocated", "gathered", "concentrated", "reached", "joined", "committed", "commit", "recruited", "recruit", "recruiting",
        "enlist", "enlisted", "enlisting", "mobilise", "mobilize", "mobilising", "mobilizing", "conscript", "drafted");

    public static readonly WordSet Displaced = WordLists.Set("displaced");

    public static readonly WordSet Detained = WordLists.Set("detained");

    public static readonly WordSet Evacuated = WordLists.Set("evacuated");

    /// <summary>"forced/driven ... from their homes": a displacement when a home word follows.</summary>
    public static readonly WordSet ForcedOut = WordLists.Set("forcedOut");

    public static readonly WordSet Homes = WordLists.Set("homes");

    /// <summary>A stated decision: a modal ("will", "would", "is to") right before one of these verbs is a plan, not a forecast.</summary>
    public static readonly WordSet PlanModals = WordLists.Set("planModals");

    public static readonly WordSet PlannedActions = WordLists.Set("plannedActions");

    /// <summary>Words that may stand between a plan modal and its verb ("will be called up", "would also send").</summary>
    public static readonly WordSet PlanBridges = WordLists.Set("planBridges");

    /// <summary>Prisoners freed in a swap: neither deployed nor captured.</summary>
    public static readonly WordSet Released = WordLists.Set("released");

    public static readonly WordSet Denial = new(
        "denied", "deny", "denies", "denying", "denial", "dismissed", "rejected", "refuted", "false", "baseless", "groundless", "fabricated");

    public static readonly WordSet Planned = new(
        "plan", "plans", "planned", "planning", "intends", "intend", "intended", "intention", "committed", "commit", "commits",
        "pledged", "pledge", "promised", "promise", "agreed", "decided", "preparing", "prepares", "aims", "ordered", "intent");

    public static readonly WordSet Expected = new(
        "will", "would", "could", "may", "might", "expected", "expect", "expects", "expecting", "anticipated", "anticipate", "soon",
        "likely", "predicted", "predict", "predicting", "forecast", "projected", "shall", "upcoming", "imminent", "ll");

    public static readonly WordSet IncrementTrue = new(
        "another", "additional", "extra", "further", "fresh", "wave", "reinforcements", "rotation", "batch", "new");

    public static readonly WordSet IncrementFalse = new(
        "total", "already", "altogether", "overall", "cumulative", "cumulatively", "since");

    /// <summary>Words a reporter uses to put a figure in someone's mouth: "X said", "X estimated", "X told".</summary>
    public static readonly WordSet ReportingVerbs = new(
        "said", "says", "say", "saying", "told", "tells", "telling", "reported", "reports", "reporting", "estimated", "estimates",
        "estimate", "estimating", "claimed", "claims", "claim", "claiming", "confirmed", "confirms", "confirm", "confirming", "stated",
        "states", "stating", "noted", "notes", "noting", "revealed", "reveals", "revealing", "disclosed", "discloses", "disclosing",
        "announced", "announces", "announcing", "indicated", "indicates", "indicating", "suggested", "suggests", "suggesting",
        "believes", "believed", "suggest", "indicate", "report", "added", "adds", "adding", "wrote", "writes", "informed", "informs", "predicted", "predicts",
        "predicting", "alleged", "alleges", "alleging", "warned", "warns", "warning", "assessed", "assesses", "assessing",
        "acknowledged", "acknowledges", "admitted", "admits", "denied", "denies", "denying", "dismissed", "highlighted",
        "highlights", "recorded", "records", "documented", "documents", "verified", "counted", "tallied", "put", "puts",
        "briefed", "explained", "explains", "insisted", "insists", "asserted", "asserts", "argued", "argues", "believe",
        "calculated", "calculates", "showed", "shows", "show", "announce", "reckons", "reckoned", "observed", "mentioned",
        "tweeted", "posted", "cautioned", "expects", "anticipates", "forecasts", "fears", "compiled", "provided", "released", "published", "issued", "collected", "gathered", "emphasised", "emphasized", "stressed", "underlined", "pointed");

    /// <summary>Attributors that name nobody: they neither credit a source nor end an inherited one.</summary>
    public static readonly WordSet VagueAttributors = new(
        "reports", "report", "media", "it", "this", "that", "which", "there", "data", "figures", "estimates", "intelligence",
        "evidence", "analysis", "footage", "images", "studies", "information", "accounts", "rumours", "rumors", "what");

    public static readonly WordSet Pronouns = new("he", "she", "they", "we", "i");

    /// <summary>Head nouns of an attributor that points back to an earlier one ("the agency said").</summary>
    public static readonly WordSet AnaphorNouns = new(
        "agency", "ministry", "service", "office", "department", "military", "army", "command", "spokesman", "spokeswoman",
        "spokesperson", "official", "officials", "minister", "statement", "report", "directorate", "staff", "government",
        "authorities", "organisation", "organization", "group", "monitor", "observatory", "mission", "president", "chief", "commander",
        "institute", "bureau", "representative", "intelligence", "secretary", "rebels", "militants", "insurgents", "jihadists");

    /// <summary>Lower-case words that may be part of an attributor's name or title.</summary>
    public static readonly WordSet AttributorWords = new(
        "the", "a", "an", "of", "for", "in", "at", "on", "and", "s", "officials", "official", "intelligence", "sources", "source",
        "ministry", "spokesperson", "spokesman", "spokeswoman", "lawmakers", "lawmaker", "agency", "military", "army", "office",
        "chief", "deputy", "secretary", "minister", "president", "commander", "analysts", "experts", "monitors", "authorities",
        "government", "officer", "police", "medics", "doctors", "rescuers", "witnesses", "residents", "director", "head",
        "press", "defense", "defence", "health", "foreign", "state", "general", "staff", "service", "services", "ministry's",
        "spy", "security", "human", "rights", "group", "council", "committee", "parliamentary", "senior", "top", "former",
        "rebels", "militants", "insurgents", "jihadists",
        "military's", "prime", "vice", "representative", "envoy", "ambassador", "mission", "observers", "monitoring",
        "humanitarian", "aid", "local", "regional", "governor", "mayor", "commission", "forces", "armed", "air", "force", "navy",
        "command", "think", "tank", "institute", "agencies", "observatory", "department", "bureau", "media", "news", "watchdog",
        "leader", "leaders", "spokespeople", "team", "unit", "units", "centre", "center", "defense's", "army's", "civil", "emergency",
        "emergencies", "national", "federal", "international", "organisation", "organization", "chairman", "member", "members",
        "briefing", "assessment", "statement", "report", "data", "figures", "estimate", "estimates", "by", "from", "latest",
        "daily", "update", "updates", "counterparts", "administration", "presidential", "parliament", "legislator", "legislators",
        "operational", "strategic", "border", "guard", "guards", "war", "correspondent", "correspondents", "officers", "activists",
        "city", "district", "province", "provincial", "village", "town", "hospital", "camp", "ombudsman", "refugee", "refugees",
        "relief", "works", "migration", "children", "rescue", "coordination", "headquarters", "prosecutor", "prosecutors",
        "two", "three", "several", "multiple", "some", "many", "unnamed", "western", "main", "opposition", "ruling", "party", "resistance",
        "doctor", "medic", "paramedic", "paramedics", "nurse", "worker", "workers", "rescuer", "witness", "resident", "activist",
        "analyst", "expert", "diplomat", "diplomats", "junta", "panel", "investigators", "researchers", "inquiry");

    /// <summary>Words that may stand between an attributor and its verb ("the NIS also stated").</summary>
    public static readonly WordSet AttributorAdverbs = new(
        "also", "further", "later", "earlier", "previously", "recently", "then", "separately", "has", "have", "had", "reportedly",
        "now", "again", "publicly", "officially", "on", "this", "last", "week", "month", "year", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "initially", "first", "once", "repeatedly", "similarly",
        "additionally", "however", "meanwhile", "there", "in", "a", "statement", "it", "would", "will");

    public static readonly WordSet IntroWords = new(
        "in", "on", "at", "during", "after", "before", "meanwhile", "however", "earlier", "later", "separately", "also", "but",
        "and", "since", "while", "as", "speaking", "last", "this", "on", "when", "with", "following");

    public static readonly WordSet ClauseBreaks = new(
        "that", "while", "whereas", "but", "although", "though", "because", "which", "who", "whom", "where", "when", "as", "if", "after", "before");

    public static readonly WordSet Qualifiers = new(
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more", "than", "least", "at", "up",
        "to", "as", "many", "much", "fewer", "less", "under", "an", "estimated", "close", "upwards", "of", "just", "below", "above",
        "maximum", "minimum", "few");

    public static readonly WordSet NotPeople = new(
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "min", "mins",
        "seconds", "km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "pct", "dollars", "euros", "tons",
        "tonnes", "times", "am", "pm");
}
