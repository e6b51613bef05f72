namespace ClaimTracker.Core.Claims;

/// <summary>
/// "eight tribal leaders and "dozens" of RSF troopers were killed", "Four community leaders and at least 20 villagers",
/// "a paramount chief and 12 tribal elders": a leader noun (people.json leaderNouns) is a people noun only after a word
/// that says whose community they lead (leaderQualifiers: tribal, community, religious, …); a bare "leaders" is not
/// one ("The two leaders met", Unseen10, would count heads of state). The noun search stops at the qualifier, which it
/// does not know, so this reads the two words where it stopped; the subject is the qualifier and the noun ("tribal
/// leaders", as Unseen45 startribune-ap-heglig-oilfield-drone-strike annotates it), given by <see cref="SubjectNoun"/>.
/// A first count so named shares the verb after a second joined one (<see cref="CoordinatedCount"/>).
/// A qualifier that the noun search reads as a describing word ("local", people.json nounModifiers) is passed over,
/// so the search stops on the leader noun itself ("Five local leaders were among them"; the metric48 scratch's h8).
/// Golden cases: qualified_leaders_are_people (with the control "The two leaders"), local_leaders_are_people.
/// </summary>
internal sealed class QualifiedLeaders : CountPhraseRule
{
    public static readonly QualifiedLeaders Rule = new();

    private static readonly WordSet Qualifiers = WordLists.Set("leaderQualifiers");
    private static readonly WordSet Leaders = WordLists.Set("leaderNouns");

    private QualifiedLeaders()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var at = phrase.AfterCount;
        if (phrase.Noun >= 0)
        {
            return true;
        }
        // "Five local leaders": a qualifier that is also a noun modifier (people.json) was skipped by the noun search,
        // which stopped on the leader noun itself; "three tribal leaders": it stopped on the qualifier.
        var noun = at < phrase.NextBound && IsQualified(reader, at) ? at : at + 1;
        if (noun < phrase.NextBound && IsQualified(reader, noun))
        {
            phrase.Noun = noun;
            phrase.AfterCount = noun + 1;
        }
        return true;
    }

    /// <summary>The subject a qualified leader noun at <paramref name="noun"/> names ("tribal leaders"), else null.</summary>
    public static string? Named(PeopleCountReader reader, int noun) =>
        IsQualified(reader, noun) ? $"{reader.Word(noun - 1).ToString().ToLowerInvariant()} {reader.Word(noun).ToString().ToLowerInvariant()}" : null;

    /// <summary>Whether token <paramref name="i"/> is the qualifier or the noun of a qualified leader noun.</summary>
    public static bool Spans(PeopleCountReader reader, int i) => IsQualified(reader, i) || IsQualified(reader, i + 1);

    private static bool IsQualified(PeopleCountReader reader, int noun) => reader.IsIn(noun, Leaders) && reader.IsIn(noun - 1, Qualifiers);
}
