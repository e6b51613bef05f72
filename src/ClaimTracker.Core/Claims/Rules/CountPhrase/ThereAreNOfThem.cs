using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The number of wounded is constantly growing. As of now, there are 33 of them" (Unseen54 spacewar-afp-marhanets): a
/// regional head's running toll names its fate once, in "the number of" + a fate noun, and then gives the figure as
/// "there are N of them", with no verb of its own. The count continues the fate named (metrics.json killed, wounded,
/// or a casualty noun of tollCasualtyNouns for both), in its own sentence before the count or the one before it (a
/// window of <see cref="Window"/> characters with no other figure after "the number of"). Only a count that points
/// back ("of them": <see cref="CountPhrase.SawThem"/>) after "there" and a form of "to be"
/// (<see cref="ThereAreVictims.ThereBefore"/>). Names the fate (<see cref="CountPhrase.NamedMetric"/>), which makes the
/// count one of people even when the sentences before named none (<see cref="BareCount"/>) and is the clause's metric
/// (<see cref="ClauseMetric"/>). Golden cases: there_are_n_of_them_after_the_number_of_wounded,
/// there_are_n_of_them_with_no_fate_named (negative control).
/// </summary>
internal sealed partial class ThereAreNOfThem : CountPhraseRule
{
    public static readonly ThereAreNOfThem Rule = new();

    // How far back "the number of …" may stand: the count's sentence and about one sentence before it.
    private const int Window = 220;

    private static readonly WordSet CasualtyNouns = WordLists.Set("tollCasualtyNouns");

    private ThereAreNOfThem()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!phrase.SawThem || phrase.NamedMetric is not null || !ThereAreVictims.ThereBefore(reader, phrase.QualifierFirst))
        {
            return true;
        }
        var end = reader.Tokens[phrase.QualifierFirst].Start;
        var start = Math.Max(0, end - Window);
        if (NamedFate(reader.Text.AsSpan(start, end - start)) is { } fate)
        {
            phrase.NamedMetric = fate;
        }
        return true;
    }

    /// <summary>The fate the last "the number of X" in <paramref name="before"/> names, when no figure follows it.</summary>
    internal static Metric? NamedFate(ReadOnlySpan<char> before)
    {
        Metric? fate = null;
        foreach (var match in NumberOf().EnumerateMatches(before))
        {
            var rest = before[(match.Index + match.Length)..];
            var noun = before.Slice(match.Index, match.Length);
            noun = noun[(noun.LastIndexOf(' ') + 1)..];
            fate = rest.IndexOfAnyInRange('0', '9') >= 0 ? null
                : ClaimLexicon.Killed.Contains(noun) ? Metric.Killed
                : ClaimLexicon.Wounded.Contains(noun) ? Metric.Wounded
                : CasualtyNouns.Contains(noun) ? Metric.KilledOrWounded
                : null;
        }
        return fate;
    }

    [GeneratedRegex(@"\bnumber\s+of\s+(?:the\s+)?\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOf();
}
