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
            || !(NamesABody(mentions, tokens[opening + 1].Start, tokens[cue - 2].End) || TitlesABodysNoun(text, tokens, opening, cue)))
        {
            return false;
        }
        var (first, words) = NameBefore(text, tokens, opening);
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

    // The first token of the two or three capitalised words before the comma at <paramref name="opening"/>, and how many
    // there are. A particle hyphenated to the next word ("al-Mughayyir", <see cref="NameParticle"/>) is part of it, as
    // it is of the speaker's name everywhere else (Unseen66 nukta-afp-jabalia).
    private static (int First, int Words) NameBefore(string text, List<Token> tokens, int opening)
    {
        var first = opening;
        var words = 0;
        while (first - 1 >= 0 && words < 3)
        {
            var t = tokens[first - 1];
            if (t.IsWord && char.IsUpper(text[t.Start]))
            {
                first--;
                words++;
            }
            else if (!t.IsWord && text[t.Start] == '-' && first - 2 >= 0 && NameParticle.Joins(text, tokens[first - 2]))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }
        return (first, words);
    }

    // "Mohammed al-Mughayyir, an official with the agency, told AFP": a title of a body named by its noun
    // (<see cref="TitledOwner"/>) describes the person as a registry name would; the name speaks and
    // <see cref="TitleOfTheBody"/> finds the body, so "he said" and "Mughayyir said" later keep it (Unseen66
    // nukta-afp-jabalia; golden cases an_official_with_the_agency_named_after_a_quote and its variants). Read only
    // so, the walk back from the verb stopped at "with" and "the agency" spoke alone, for nobody.
    // "…, an official with the agency in southern Gaza, told AFP": the place is where he works, as in TitleOfTheBody.
    private static bool TitlesABodysNoun(string text, List<Token> tokens, int opening, int cue)
    {
        var description = text.AsSpan(tokens[opening + 1].Start, tokens[cue - 2].End - tokens[opening + 1].Start);
        var place = description.LastIndexOf(" in ", StringComparison.Ordinal);
        return TitledOwner.Of(description, whole: true) is not null || (place > 0 && TitledOwner.Of(description[..place], whole: true) is not null);
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
