using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to the Coordination Headquarters for the Treatment of Prisoners of War … the Coordination Headquarters
/// said", "the Lebanese Health Ministry said … according to Health Ministry figures": wire copy names a body in full
/// once, then by a shorter form of its name in capitals. A speaker whose capitalised words (two or more, ending on a
/// body's head noun such as "Ministry", with no possessive: "Burkina Faso's junta" names an owner, not a body) run, in
/// order, inside the name of a body the article named before it speaks for that body. Golden cases:
/// shortened_name_continues_the_body, shortened_name_needs_the_full_name_before (Unseen15 ukrinform-october-prisoner-swap,
/// anadolu-beirut-dahiyeh-strike). A name that drops only its country may end on any word (<see cref="WithoutItsCountry"/>).
/// </summary>
internal static class ShortenedName
{
    private const int MinWords = 2;

    /// <summary>The body an earlier, longer name of the speaker's words names; null when none does.</summary>
    public static SourceDefinition? Find(IReadOnlyList<SourceMention> mentions, Attributor speaker)
    {
        // The speaker's words split once for both runs, and each earlier name once for the three readings (branch
        // `speed47`: the splits were most of this search, asked for every anaphor and unresolved speaker).
        var words = Words(speaker.Text);
        var whole = CapitalisedRun(words, joined: true);
        if (whole.Length < MinWords || Array.Exists(whole, w => w.Contains('\'') || w.Contains('’')))
        {
            return null;
        }
        var run = CapitalisedRun(words, joined: false);
        var headed = run.Length >= MinWords && ClaimLexicon.AnaphorNouns.Contains(run[^1]);
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var mention = mentions[k];
            if (mention.End > speaker.Start || mention.Source is not { } named)
            {
                continue;
            }
            var name = Words(mention.Text);
            if ((headed && Holds(name, run)) || WithoutItsCountry(name, whole, named) || CutBeforeItsTail(name, run))
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>
    /// "The Joint Chiefs of Staff said … \"…,\" the Joint Chiefs said": the speaker carried from the sentences before,
    /// named in full there, taken up by its name cut before its "of" tail (<see cref="CutBeforeItsTail"/>); null otherwise.
    /// </summary>
    public static SourceDefinition? OfCarried(Attributor? carried, Attributor speaker)
    {
        if (carried is not { Source: { } named } || carried.Start >= speaker.Start)
        {
            return null;
        }
        var run = CapitalisedRun(Words(speaker.Text), joined: false);
        return CutBeforeItsTail(Words(carried.Text), run) ? named : null;
    }

    // "the Joint Chiefs" after "South Korea's Joint Chiefs of Staff": two or more capitalised words that run, in order,
    // inside the longer name right up to a joining word ("of", "for") that opens the rest of it. The head need not be a
    // body noun: the cut itself says the name goes on (golden cases the_joint_chiefs_cut_before_of_staff,
    // the_joint_chiefs_carried_from_the_full_name; Unseen22 nhk-jcs, Unseen23 kyodo-jcs).
    private static bool CutBeforeItsTail(string[] name, string[] run)
    {
        if (run.Length < MinWords || Array.Exists(run, w => w.Contains('\'') || w.Contains('’')))
        {
            return false;
        }
        for (var start = 0; start + run.Length < name.Length; start++)
        {
            if (Joiners.Contains(name[start + run.Length]) && name.AsSpan(start, run.Length).SequenceEqual(run, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // "the Joint Chiefs of Staff (JCS) said" after a caption's "South Korea's Joint Chiefs of Staff": the run is the
    // whole earlier name but for the capitalised country that owned it, so it names that country's body whatever its
    // last word (golden case: a_body_named_again_without_its_country; Unseen25 koreabizwire-jcs-more-troops-sent).
    private static bool WithoutItsCountry(string[] name, string[] run, SourceDefinition named)
    {
        var owner = name.Length - run.Length;
        if (named.Country is null || owner < 1 || !name.AsSpan(owner).SequenceEqual(run, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        for (var i = 0; i < owner; i++)
        {
            if (!char.IsUpper(name[i][0]))
            {
                return false;
            }
        }
        return true;
    }

    // "the Coordination Headquarters" → Coordination, Headquarters; "Health Ministry figures" → Health, Ministry.
    private static string[] CapitalisedRun(string[] words, bool joined)
    {
        var first = words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var last = first;
        while (last < words.Length && (char.IsUpper(words[last][0]) || (joined && Joins(words, last))))
        {
            last++;
        }
        return words[first..last];
    }

    private static readonly WordSet Joiners = new("of", "for");

    // "Chiefs of Staff": a joining word inside a name, between two capitalised words.
    private static bool Joins(string[] words, int i) =>
        i > 0 && i + 1 < words.Length && Joiners.Contains(words[i]) && char.IsUpper(words[i + 1][0]);

    // The run stands inside the longer name, word for word and in order, and is shorter than it.
    private static bool Holds(string[] name, string[] run)
    {
        for (var start = 0; start + run.Length <= name.Length; start++)
        {
            var all = true;
            for (var i = 0; i < run.Length && all; i++)
            {
                all = name[start + i].Equals(run[i], StringComparison.OrdinalIgnoreCase);
            }
            if (all)
            {
                return name.Length - (name[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0) > run.Length;
            }
        }
        return false;
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
