using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The independent outlet Mediazona and BBC News Russian, which count soldiers confirmed dead from obituaries, have
/// named more than 78,000 of them" (Unseen72 rbcukraine): the body that keeps a tally of the dead, then an aside that
/// says how, then a verb of naming them (attribution.json <c>tallyKeeperVerbs</c>: named, identified) that no list of
/// reporting verbs holds, since "named" and "identified" are said of people far more often than of figures (as
/// reporting verbs they cost Unseen35 and Unseen37 rows). Only as a cue of its own, and only where
/// <see cref="RegisteredBodyBeforeAside"/> finds a registered body opening the clause before a comma-closed aside, is
/// the body the tally's source. Golden case: tally_of_the_confirmed_dead.
/// </summary>
internal sealed class TallyKeeperBeforeAside : AttributionFrame
{
    public static readonly TallyKeeperBeforeAside Frame = new();

    internal static readonly WordSet Verbs = WordLists.Set("tallyKeeperVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    private TallyKeeperBeforeAside()
    {
    }

    // "have named": the tense's auxiliary stands between the aside and the verb, so the aside closes before it.
    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into) =>
        Verbs.Contains(AttributionFinder.Word(text, tokens[cue]))
        && RegisteredBodyBeforeAside.Frame.Read(text, tokens, cue > 0 && tokens[cue - 1].IsWord && Auxiliaries.Contains(AttributionFinder.Word(text, tokens[cue - 1])) ? cue - 1 : cue, mentions, into);
}
