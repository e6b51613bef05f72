namespace ClaimTracker.Core.Claims;

/// <summary>The words the extractor reads claims by: people nouns, metric and status cues, attribution verbs.</summary>
internal static class ClaimLexicon
{
    /// <summary>Nouns for armed people; a count of them is reported as "troops" (or "fighters" for irregulars).</summary>
    public static readonly WordSet MilitaryNouns = WordLists.Set("militaryNouns");

    public static readonly WordSet IrregularNouns = WordLists.Set("irregularNouns");

    public static readonly WordSet CivilianNouns = WordLists.Set("civilianPeople");

    /// <summary>One person named in an aside after a toll ("including one child"): counted only when the figure is one.</summary>
    public static readonly WordSet SingularPeople = WordLists.Set("singularPeople");

    /// <summary>Words that are themselves a count of people ("50 killed", "3,600 wounded", "600,000 casualties").</summary>
    public static readonly WordSet MetricNouns = WordLists.Set("metricNouns");

    /// <summary>Words that may sit between a number and its people noun ("10,000 North Korean elite troops").</summary>
    public static readonly WordSet NounModifiers = WordLists.Set("nounModifiers");

    public static readonly WordSet Killed = WordLists.Set("killed");

    public static readonly WordSet Wounded = WordLists.Set("wounded");

    public static readonly WordSet KilledOrWounded = WordLists.Set("killedOrWounded");

    public static readonly WordSet Captured = WordLists.Set("captured");

    public static readonly WordSet Missing = WordLists.Set("missing");

    public static readonly WordSet Returned = WordLists.Set("returned");

    public static readonly WordSet ReturnPlaces = WordLists.Set("returnPlaces");

    public static readonly WordSet Engaged = WordLists.Set("engaged");

    public static readonly WordSet Deployed = WordLists.Set("deployed");

    public static readonly WordSet Displaced = WordLists.Set("displaced");

    public static readonly WordSet Detained = WordLists.Set("detained");

    public static readonly WordSet Evacuated = WordLists.Set("evacuated");

    /// <summary>"forced/driven ... from their homes": a displacement when a home word follows.</summary>
    public static readonly WordSet ForcedOut = WordLists.Set("forcedOut");

    public static readonly WordSet Homes = WordLists.Set("homes");

    /// <summary>"left their homes": a displacement when "their" and a home word follow right after.</summary>
    public static readonly WordSet LeftHomes = WordLists.Set("leftHomes");

    /// <summary>"crossed into Syria", "crossing the border": a displacement when "into", "over" or the border follows.</summary>
    public static readonly WordSet CrossVerbs = WordLists.Set("crossVerbs");

    /// <summary>A stated decision: a modal ("will", "would", "is to") right before one of these verbs is a plan, not a forecast.</summary>
    public static readonly WordSet PlanModals = WordLists.Set("planModals");

    public static readonly WordSet PlannedActions = WordLists.Set("plannedActions");

    /// <summary>Words that may stand between a plan modal and its verb ("will be called up", "would also send").</summary>
    public static readonly WordSet PlanBridges = WordLists.Set("planBridges");

    /// <summary>Prisoners freed in a swap: neither deployed nor captured.</summary>
    public static readonly WordSet Released = WordLists.Set("released");

    public static readonly WordSet Denial = WordLists.Set("denial");

    public static readonly WordSet Planned = WordLists.Set("planned");

    public static readonly WordSet Expected = WordLists.Set("expected");

    public static readonly WordSet IncrementTrue = WordLists.Set("incrementTrue");

    /// <summary>People nouns that are themselves an addition to an earlier force: "3,000 replacements".</summary>
    public static readonly WordSet IncrementNouns = WordLists.Set("incrementNouns");

    public static readonly WordSet IncrementFalse = WordLists.Set("incrementFalse");

    /// <summary>Words a reporter uses to put a figure in someone's mouth: "X said", "X estimated", "X told".</summary>
    public static readonly WordSet ReportingVerbs = WordLists.Set("reportingVerbs");

    /// <summary>Attributors that name nobody: they neither credit a source nor end an inherited one.</summary>
    public static readonly WordSet VagueAttributors = WordLists.Set("vagueAttributors");

    /// <summary>
    /// "he", "they", "we" and the first person's "our": "“Our estimate is that they have suffered more than 1,000
    /// killed,” Kirby said" is the speaker's own estimate, not a speaker called "Our" who credits no one; "That brings the
    /// toll to 2,900, according to him" continues the minister named before. Golden cases: our_estimate_in_a_quotation,
    /// according_to_him.
    /// </summary>
    public static readonly WordSet Pronouns = WordLists.Set("pronouns");

    /// <summary>
    /// Head nouns of an attributor that points back to an earlier one ("the agency said"); "the centre said" after a
    /// ministry's emergency operations centre. Golden case: the_centre_of_a_ministry.
    /// </summary>
    public static readonly WordSet AnaphorNouns = WordLists.Set("anaphorNouns");

    /// <summary>"it said": a pronoun that only a body (never a person) stands for.</summary>
    public static readonly WordSet BodyPronouns = WordLists.Set("bodyPronouns");

    /// <summary>Lower-case words that may be part of an attributor's name or title.</summary>
    public static readonly WordSet AttributorWords = WordLists.Set("attributorWords");

    /// <summary>Words that may stand between an attributor and its verb ("the NIS also stated").</summary>
    public static readonly WordSet AttributorAdverbs = WordLists.Set("attributorAdverbs");

    public static readonly WordSet IntroWords = WordLists.Set("introWords");

    public static readonly WordSet ClauseBreaks = WordLists.Set("clauseBreaks");

    public static readonly WordSet Qualifiers = WordLists.Set("qualifiers");

    public static readonly WordSet NotPeople = WordLists.Set("notPeople");
}
