using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Alarm Phone, a hotline for people in distress at sea, said": a capitalised name opening the clause, then in commas
/// an indefinite description of a body (no registry name, no person's title in it) right before the verb. The name
/// speaks, registered or not, and the speaker carried from the sentences before does not. Golden case:
/// unregistered_body_before_a_description.
/// </summary>
internal sealed class BodyBeforeDescription : AttributionFrame
{
    public static readonly BodyBeforeDescription Frame = new();

    private const int MaxName = 5;
    private static readonly WordSet Indefinite = new("a", "an");
    private static readonly WordSet Titles = WordLists.Set("appositionTitles");

    private BodyBeforeDescription()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var opening = PersonBeforeDescription.DescriptionBefore(text, tokens, cue);
        if (opening < 1 || !Indefinite.Contains(AttributionFinder.Word(text, tokens[opening + 1]))
            || PersonBeforeDescription.NamesABody(mentions, tokens[opening + 1].Start, tokens[cue - 2].End)
            || HasTitle(text, tokens, opening + 1, cue - 2))
        {
            return false;
        }
        var first = NameStart(text, tokens, opening - 1);
        if (first < 0)
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, opening - 1, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    // "a spokesman for the army": a person described; other frames read who speaks for whom.
    private static bool HasTitle(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (tokens[k].IsWord && Titles.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }

    // The first token of a name of capitalised words ending at token last that opens the clause, or -1.
    private static int NameStart(string text, List<Token> tokens, int last)
    {
        var first = last + 1;
        var words = 0;
        while (first - 1 >= 0 && words <= MaxName)
        {
            var t = tokens[first - 1];
            if (t.IsWord)
            {
                if (!char.IsUpper(text[t.Start]))
                {
                    return -1;
                }
                words++;
            }
            else if (text[t.Start] is not ('-' or '’' or '\'' or '&'))
            {
                break;
            }
            first--;
        }
        if (words == 0 || words > MaxName || !tokens[first].IsWord)
        {
            return -1;
        }
        var opener = AttributionFinder.Word(text, tokens[first]);
        // "On Tuesday, a ministry official said", "The agency, a …": an intro or an article is no name.
        return ClaimLexicon.IntroWords.Contains(opener) || AttributionFinder.Determiners.Contains(opener) ? -1 : first;
    }
}
