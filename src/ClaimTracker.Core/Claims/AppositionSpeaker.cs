using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's health minister, Nabil Khoury, said", "The Assistance Association for Political Prisoners, a monitoring
/// group, says": a speaker named twice, the second time in commas right before the verb. When the words before the
/// commas name a registry source, or end in a title and the words inside are a person's name, the words before the
/// commas are the speaker. Golden: Reporting lebanon-toll-climbs, myanmar-sagaing-strikes.
/// </summary>
internal static class AppositionSpeaker
{
    private const int MaxInner = 10;
    private const int MaxOuter = 8;

    private static readonly WordSet AppositionTitles = WordLists.Set("appositionTitles");
    private static readonly WordSet Places = new("for", "in");

    /// <summary>The first and last token of the outer speaker for the reporting verb at <paramref name="verb"/>, or (-1, -1).</summary>
    public static (int First, int Last) Outer(string text, List<Token> tokens, int verb, IReadOnlyList<SourceMention> mentions)
    {
        var none = (-1, -1);
        verb = PastAdverbs(text, tokens, verb);
        if (verb < 4 || tokens[verb - 1].IsWord || text[tokens[verb - 1].Start] != ',')
        {
            return none;
        }
        var opening = -1;
        for (var k = verb - 2; k >= 0 && verb - k <= MaxInner; k--)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                opening = k;
                break;
            }
            if (!tokens[k].IsWord && !IsNamePunctuation(text[tokens[k].Start]))
            {
                return none;
            }
        }
        if (opening < 1 || opening >= verb - 2 || HasMention(mentions, tokens[opening + 1].Start, tokens[verb - 2].End))
        {
            return none;
        }
        var first = opening;
        for (var words = 0; first - 1 >= 0 && words < MaxOuter; first--)
        {
            var t = tokens[first - 1];
            if (t.IsWord)
            {
                if (char.IsDigit(text[t.Start]))
                {
                    break;
                }
                words++;
            }
            else if (!IsNamePunctuation(text[t.Start]))
            {
                break;
            }
        }
        var last = opening - 1;
        if (first > last || !tokens[last].IsWord)
        {
            return none;
        }
        foreach (var mention in mentions)
        {
            if (mention.End == tokens[last].End && mention.Start >= tokens[first].Start && mention.Source is not null)
            {
                var from = first;
                while (tokens[from].End <= mention.Start)
                {
                    from++;
                }
                return (from, last);
            }
        }
        var titled = IsTitled(text, tokens, first, last);
        var personName = char.IsUpper(text[tokens[opening + 1].Start]);
        return titled && personName ? (first, last) : none;
    }

    // "health minister", and "UN humanitarian coordinator for Sudan": a title may name its place (Golden case: title_for_a_place_before_the_name).
    private static bool IsTitled(string text, List<Token> tokens, int first, int last) =>
        AppositionTitles.Contains(text.AsSpan(tokens[last].Start, tokens[last].Length))
        || (last - 2 >= first && tokens[last - 1].IsWord && Places.Contains(text.AsSpan(tokens[last - 1].Start, tokens[last - 1].Length))
            && char.IsUpper(text[tokens[last].Start]) && AppositionTitles.Contains(text.AsSpan(tokens[last - 2].Start, tokens[last - 2].Length)))
        || TitleOfAUnit(text, tokens, first, last);

    private static readonly WordSet UnitLinks = WordLists.Set("titleUnitLinks");

    // "UNICEF's chief of field operations", "the agency's head of emergency programmes": a title followed by the unit it
    // heads, in lower case, is still the title (the body before it speaks); the unit's words name nobody (Unseen36
    // unicef-geneva-children-killed-since-ceasefire). Golden case: a_bodys_chief_of_a_unit_speaks_for_it.
    private static bool TitleOfAUnit(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first; k + 2 <= last; k++)
        {
            if (tokens[k].IsWord && tokens[k + 1].IsWord && AppositionTitles.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))
                && UnitLinks.Contains(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length)))
            {
                return true;
            }
        }
        return false;
    }

    // How many lower-case adverbs may stand between the closing comma and the verb: "now", "has since", "also later".
    private const int MaxAdverbs = 3;

    // "The regional governor, Pavlo Kyrylenko, now says 52 people have died", "the health minister, Rami Haddad, later
    // said": an adverb or auxiliary after the closing comma (attribution.json attributorAdverbs, lower case only) left
    // the comma out of reach, so the name alone spoke and its description, which places the speaker, was lost (Unseen71
    // cnn-newsroom-kramatorsk-station-missile-transcript). The index the outer speaker is read before: the first adverb
    // when a comma stands right before the run, else the verb.
    private static int PastAdverbs(string text, List<Token> tokens, int verb)
    {
        var k = verb;
        while (k > 0 && verb - k < MaxAdverbs && tokens[k - 1].IsWord && char.IsLower(text[tokens[k - 1].Start])
            && ClaimLexicon.AttributorAdverbs.Contains(AttributionFinder.Word(text, tokens[k - 1])))
        {
            k--;
        }
        return k < verb && k > 0 && !tokens[k - 1].IsWord && text[tokens[k - 1].Start] == ',' ? k : verb;
    }

    private static bool IsNamePunctuation(char c) => c is '’' or '\'' or '-' or '.';

    private static bool HasMention(IReadOnlyList<SourceMention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= start && mention.End <= end && mention.Source is not null)
            {
                return true;
            }
        }
        return false;
    }
}
