using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "by the UN's count", "by the ministry's tally": the owner of the count is the source, up to the possessive. Without
/// "by", an owner's count that stands at a figure is the owner's too: "South Korea's own estimate stood at around 3,700",
/// "the ministry's tally was 212" (the owner's capitalised name, or "the" and one noun, then the possessive, "own" and the
/// noun, then a copula: counts.json tollCopulas). Golden cases: by_the_uns_count_after_a_colon,
/// owners_estimate_stands_for_the_count. An owner's count opening the sentence is its owner's too ("The ministry's count of
/// … exceeds 42,360": golden case the_ministrys_count_opens_the_sentence). "By the count of X" names the owner after "of".
/// </summary>
internal sealed class ByOwnersCount : AttributionFrame
{
    public static readonly ByOwnersCount Frame = new();

    /// <summary>"count", "tally", "estimate": the nouns a possessive owner may stand before.</summary>
    public static readonly WordSet CountNouns = WordLists.Set("countNouns");

    private static readonly WordSet Copulas = WordLists.Set("tollCopulas");

    private ByOwnersCount()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var word = AttributionFinder.Word(text, tokens[cue]);
        var countNoun = CountNouns.Contains(word);
        if (!countNoun && !OpeningNouns.Contains(word))
        {
            return false;
        }
        if (OwnersPossessive(text, tokens, cue) is var owner and > 0 && OwnerOpening(text, tokens, owner) is var opening and >= 0)
        {
            // "The ministry's count of Palestinians killed now exceeds 42,360": the count the sentence opens with is its
            // owner's, as "by the ministry's count" is (golden case: the_ministrys_count_opens_the_sentence); so is
            // "The ministry's latest breakdown … counted" (golden case: the_ministrys_latest_breakdown_opens_the_sentence).
            AttributionFinder.Add(text, tokens, opening, owner - 3, AttributorCue.AccordingTo, tokens[opening].Start, mentions, into);
            return true;
        }
        if (NamedBodyOpens(text, tokens, cue, mentions))
        {
            // "The official Palestinian Health Ministry count as of September 29 was 41,386": the body's name modifies
            // the count the sentence opens with (golden case: a_bodys_named_count_opens_the_sentence).
            AttributionFinder.Add(text, tokens, 0, cue - 1, AttributorCue.AccordingTo, tokens[0].Start, mentions, into);
            return true;
        }
        if (!countNoun)
        {
            return false;
        }
        if (ByTheCountOf(text, tokens, cue))
        {
            // "By the count of Lebanese authorities, Israel has breached the truce …": the owner follows "of", and the
            // clause's subject country is no speaker (golden case by_the_count_of_a_body).
            AttributionFinder.AddForward(text, tokens, cue + 2, AttributorCue.AccordingTo, tokens[cue - 2].Start, mentions, into);
            return true;
        }
        if (NamedCount(text, tokens, cue, mentions) is var name and >= 0)
        {
            return AddNamedOwner(text, tokens, name, cue, mentions, into);
        }
        if (ByOwner(text, tokens, cue) is not (var by and >= 0))
        {
            return StandingOwner(text, tokens, cue, mentions, into);
        }
        // The owner ends at the possessive: "the UN", not "the UN'".
        AttributionFinder.Add(text, tokens, by + 1, cue - 3, AttributorCue.AccordingTo, tokens[by].Start, mentions, into);
        return true;
    }

    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");

    // "by the count of X", "by a tally of X": the owner named after "of".
    private static bool ByTheCountOf(string text, List<Token> tokens, int noun) =>
        noun >= 2 && noun + 2 < tokens.Count && AttributionFinder.Is(text, tokens[noun - 2], "by")
        && AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[noun - 1]))
        && AttributionFinder.Is(text, tokens[noun + 1], "of");

    /// <summary>Nouns that name a count only where a body's name or possessive opens the sentence with them ("The ministry's
    /// latest breakdown … counted"): counts.json-style data in attribution.json openingCountNouns.</summary>
    public static readonly WordSet OpeningNouns = WordLists.Set("openingCountNouns");

    private static readonly WordSet CountAdjectives = WordLists.Set("ownersCountAdjectives");

    // The count noun's index as OwnerOpens reads it: the noun itself, or, past one adjective of the count's standing
    // ("latest", "official", "own"), the adjective, so that the possessive sits right before the index returned.
    private static int OwnersPossessive(string text, List<Token> tokens, int noun) =>
        noun >= 1 && tokens[noun - 1].IsWord && CountAdjectives.Contains(AttributionFinder.Word(text, tokens[noun - 1])) ? noun - 1 : noun;

    // "The [official] Palestinian Health Ministry count …": "the", at most one lower-case word, then a registered body's
    // name ending right before the count noun. A place or a people before the noun ("The Gaza count") names no body.
    private static bool NamedBodyOpens(string text, List<Token> tokens, int noun, IReadOnlyList<SourceMention> mentions)
    {
        if (noun < 2 || noun > 7 || !AttributionFinder.Is(text, tokens[0], "the") || !char.IsUpper(text[tokens[noun - 1].Start]))
        {
            return false;
        }
        for (var k = 1; k < noun; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }
        var nameStart = char.IsUpper(text[tokens[1].Start]) ? tokens[1].Start : tokens[Math.Min(2, noun - 1)].Start;
        foreach (var m in mentions)
        {
            if (m.Source is not null && m.End == tokens[noun - 1].End && m.Start >= nameStart)
            {
                return true;
            }
        }
        return false;
    }

    // "The ministry's count …" as the sentence's first words: "the", then a body's head or a name before the possessive.
    // The index of that "the", or -1. A time may open the sentence before it ("By Wednesday evening the ministry's toll
    // for the week had risen above 600"): OpeningTime.
    private static int OwnerOpening(string text, List<Token> tokens, int noun)
    {
        var the = OpeningTime(text, tokens);
        if (noun - the < 4 || noun - the > 6 || !AttributionFinder.Is(text, tokens[the], "the") || !AttributionFinder.Is(text, tokens[noun - 1], "s")
            || tokens[noun - 2].IsWord || text[tokens[noun - 2].Start] is not ('’' or '\''))
        {
            return -1;
        }
        for (var k = the + 1; k <= noun - 3; k++)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }
        var owner = text.AsSpan(tokens[noun - 3].Start, tokens[noun - 3].Length);
        return Owners.Contains(owner) || char.IsUpper(owner[0]) ? the : -1;
    }

    private const int MaxTimeWords = 4;
    private static readonly WordSet TimeWords = WordLists.Set("openingTimeWords");
    private static readonly WordSet Months = new(NumberContext.Months);

    // The first token past a time that opens the sentence ("By Wednesday evening", "On Monday,", "In mid-November"),
    // else 0. Only words of a time (attribution.json openingTimeWords, a month) and a comma closing them: before, "By
    // Wednesday evening the ministry's toll … had risen above 600, and the Lebanese foreign minister told reporters that
    // …" read no frame of its own and took the later clause's speaker (Unseen74 channel4-factcheck 600; golden case
    // the_ministrys_toll_after_an_opening_time).
    private static int OpeningTime(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count && k <= MaxTimeWords + 1; k++)
        {
            var t = tokens[k];
            if (t.IsWord && AttributionFinder.Is(text, t, "the"))
            {
                return k;
            }
            var isTime = t.IsWord ? TimeWords.Contains(AttributionFinder.Word(text, t)) || Months.Contains(AttributionFinder.Word(text, t)) : text[t.Start] is ',' or '-';
            if (!isTime)
            {
                return 0;
            }
        }
        return 0;
    }

    // "by an AFP tally", "by a UN count": the registered body named before the noun owns the count, as the possessive
    // owner does (golden cases by_an_outlets_tally_after_the_figure, by_a_named_bodys_count).
    private static bool AddNamedOwner(string text, List<Token> tokens, int name, int noun, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        AttributionFinder.Add(text, tokens, name, noun - 1, AttributorCue.AccordingTo, tokens[name - 2].Start, mentions, into);
        return true;
    }

    private const int MaxNameWords = 3;

    // "by an AFP tally": "by", a determiner, then up to three capitalised words that are exactly a registered body's name
    // right before the count noun. The index of the name's first word, or -1. Unseen82 naharnet-briefing's AFP tally read
    // no frame: only "according to an AFP tally" (OutletsTally) and the possessive "by the UN's count" did. A people's
    // adjective ("by an Israeli count") is no registered body and reads no owner.
    private static int NamedCount(string text, List<Token> tokens, int noun, IReadOnlyList<SourceMention> mentions)
    {
        var first = noun;
        while (first - 1 >= 0 && noun - first < MaxNameWords && tokens[first - 1].IsWord && char.IsUpper(text[tokens[first - 1].Start]))
        {
            first--;
        }
        if (first == noun || first < 2 || !AttributionFinder.Is(text, tokens[first - 2], "by")
            || !AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[first - 1])))
        {
            return -1;
        }
        foreach (var m in mentions)
        {
            if (m.Source is not null && m.Start == tokens[first].Start && m.End == tokens[noun - 1].End)
            {
                return first;
            }
        }
        return -1;
    }

    // The token index of "by" in "by the UN's count" (a possessive right before the count noun), or -1.
    private static int ByOwner(string text, List<Token> tokens, int noun)
    {
        if (noun < 3 || !AttributionFinder.Is(text, tokens[noun - 1], "s") || tokens[noun - 2].IsWord || text[tokens[noun - 2].Start] is not ('’' or '\''))
        {
            return -1;
        }
        for (var k = noun - 3; k >= 0 && noun - k <= 8; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }
            if (AttributionFinder.Is(text, tokens[k], "by"))
            {
                // At least one word of owner between "by" and the possessive.
                return k < noun - 3 ? k : -1;
            }
        }
        return -1;
    }

    // "South Korea's own estimate stood at": the owner right before the possessive, when a copula follows the noun.
    private static bool StandingOwner(string text, List<Token> tokens, int noun, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var possessive = AttributionFinder.Is(text, tokens[noun - 1 < 0 ? 0 : noun - 1], "own") ? noun - 2 : noun - 1;
        if (possessive < 2 || noun + 1 >= tokens.Count || !tokens[noun + 1].IsWord || !Copulas.Contains(AttributionFinder.Word(text, tokens[noun + 1]))
            || !AttributionFinder.Is(text, tokens[possessive], "s") || tokens[possessive - 1].IsWord || text[tokens[possessive - 1].Start] is not ('’' or '\''))
        {
            return false;
        }
        var last = possessive - 2;
        var first = last + 1;
        for (var k = last; k >= 0 && last - k < 4 && tokens[k].IsWord && char.IsUpper(text[tokens[k].Start]); k--)
        {
            first = k;
        }
        // "the ministry's tally": the determiner and one noun.
        if (first > last && last >= 1 && tokens[last].IsWord && AttributionFinder.Is(text, tokens[last - 1], "the"))
        {
            first = last - 1;
        }
        if (first > last)
        {
            return false;
        }
        // Placed at the copula and read as a speaker's verb ("South Korea's estimate stood" as "South Korea said"), so a figure
        // before the owner's count keeps the speaker before it.
        var count = into.Count;
        AttributionFinder.Add(text, tokens, first, last, AttributorCue.Verb, tokens[noun + 1].Start, mentions, into);
        if (into.Count > count)
        {
            into[^1] = into[^1] with { OwnsCount = true };
        }
        return true;
    }
}
