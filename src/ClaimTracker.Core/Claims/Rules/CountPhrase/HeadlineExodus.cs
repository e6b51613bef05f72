using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A headline's exodus: "Over 33,000 flee North Kordofan in 4 days", "More than 31,000 cross into Syria from Lebanon",
/// "Over 37,000 uprooted in four days". A headline drops the people noun the body gives ("More than 33,000 civilians have
/// been forced from their homes"), and <see cref="BareCount"/> reads a headline's bare number only after a toll word or
/// a fate verb, so the outlet's summary of the exodus was no claim at all; the gold lists it as an optional row before
/// the body's, and the body's claim, whose quote shares half the headline's words, took that row and left its own
/// required row missing. A finite verb of fleeing right after the figure (counts.json headlineExodusVerbs) makes it a
/// count of people displaced; a participle (headlineExodusStates) only when no noun follows it ("Over 41,000 displaced
/// by April clashes", not "6,000 displaced people", whose noun the count reads itself).
/// Golden cases: HeadlineExodusTests.
/// </summary>
internal static class HeadlineExodus
{
    private static readonly WordSet Verbs = WordLists.Set("headlineExodusVerbs");
    private static readonly WordSet States = WordLists.Set("headlineExodusStates");
    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");

    // A headline: a heading, or a sentence-case title with no closing punctuation (RepeatedClaims.ReadsAsHeadline), which
    // the splitter does not mark as a heading once it runs past six words.
    public static bool Reads(PeopleCountReader reader, CountPhrase phrase) =>
        !phrase.SawThem && phrase.Number.Kind != NumberKind.Vague
        && (reader.Sentence.IsHeading || RepeatedClaims.ReadsAsHeadline(reader.Text, reader.Sentence))
        && Follows(reader, phrase.AfterCount);

    private static bool Follows(PeopleCountReader reader, int after)
    {
        var tokens = reader.Tokens;
        if (after >= tokens.Count || !tokens[after].IsWord)
        {
            return false;
        }
        var word = reader.Word(after);
        if (Verbs.Contains(word))
        {
            return true;
        }
        var next = after + 1;
        return States.Contains(word) && (next >= tokens.Count || !tokens[next].IsWord || AfterBareCount.Contains(reader.Word(next)));
    }
}
