using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nadia Okafor, a deputy commissioner-general of UNRWA, told journalists", "Rania Kassem, a senior official of the
/// U.N. refugee agency, told a briefing": a person's name, then in commas a description that opens with an article and
/// names a registry body, right before the verb. The person is the speaker (the body comes from the description, see
/// <see cref="ApposedBody"/>), so "Ms Okafor said" later repeats them; the words inside the commas are not a name.
/// Golden case: person_named_before_a_description.
/// </summary>
internal sealed class PersonBeforeDescription : AttributionFrame
{
    public static readonly PersonBeforeDescription Frame = new();

    private const int MaxDescription = 14;
    private static readonly WordSet Articles = new("a", "an", "the");

    private PersonBeforeDescription()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var opening = DescriptionBefore(text, tokens, cue);
        if (opening < 2 || !Articles.Contains(AttributionFinder.Word(text, tokens[opening + 1]))
            || !NamesABody(mentions, tokens[opening + 1].Start, tokens[cue - 2].End))
        {
            return false;
        }
        var first = opening;
        while (first - 1 >= 0 && tokens[first - 1].IsWord && char.IsUpper(text[tokens[first - 1].Start]) && opening - first < 3)
        {
            first--;
        }
        var words = opening - first;
        // A person's name: two or three capitalised words the registry does not know, at a clause's start.
        if (words < 2 || (first > 0 && tokens[first - 1].IsWord) || NamesABody(mentions, tokens[first].Start, tokens[opening - 1].End))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, opening - 1, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    /// <summary>
    /// The comma opening a description in commas right before the verb at <paramref name="cue"/> ("NAME, a …, said"),
    /// or -1; this frame, <see cref="OwnedTitleAfterName"/> and <see cref="BodyBeforeDescription"/> read the words around it.
    /// </summary>
    internal static int DescriptionBefore(string text, List<Token> tokens, int cue) =>
        cue < 4 || tokens[cue - 1].IsWord || text[tokens[cue - 1].Start] != ',' ? -1 : OpeningComma(text, tokens, cue - 1);

    // The comma that opens the description closed by the comma at <paramref name="closing"/>, or -1.
    private static int OpeningComma(string text, List<Token> tokens, int closing)
    {
        for (var k = closing - 1; k >= 0 && closing - k <= MaxDescription; k--)
        {
            if (!tokens[k].IsWord)
            {
                var c = text[tokens[k].Start];
                if (c == ',')
                {
                    return k;
                }
                if (c is not ('’' or '\'' or '-' or '.'))
                {
                    return -1;
                }
            }
        }
        return -1;
    }

    internal static bool NamesABody(IReadOnlyList<SourceMention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            // A name is written with a capital: "who follows the issue" is not the WHO.
            if (mention.Start >= start && mention.End <= end && mention.Source is not null && char.IsUpper(mention.Text[0]))
            {
                return true;
            }
        }
        return false;
    }
}
