namespace ClaimTracker.Core.Claims;

/// <summary>
/// Fronted partitive: "Of the civilians, 430 were killed in the province, 210 in the city …", "Of those wounded, 30
/// are in critical condition", "Among the dead, nine were children": a sentence that opens by naming a group, then a
/// comma, counts part of that group with a figure that has no noun of its own; the figure takes the group's noun (and
/// a metric noun its fate), and a list elided after it follows (<see cref="ElidedNoun"/>). Golden cases:
/// of_the_civilians_fronted.
/// </summary>
internal sealed class FrontedPartitive : CountPhraseRule
{
    public static readonly FrontedPartitive Rule = new();

    private static readonly WordSet Leads = WordLists.Set("frontedPartitiveLeads");
    private static readonly WordSet Determiners = WordLists.Set("partitiveDeterminers");

    private FrontedPartitive()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        // "Of" + a determiner + up to three describing words + the group's noun + a comma, all before the figure.
        if (phrase.Noun >= 0 || tokens.Count < 4 || !tokens[0].IsWord || !Leads.Contains(reader.Word(0)) || !tokens[1].IsWord || !Determiners.Contains(reader.Word(1)))
        {
            return true;
        }
        for (var k = 2; k < Math.Min(phrase.TokenBefore, 6); k++)
        {
            // "Of the 60 killed, 16 were children": a group with a figure of its own is another construction.
            if (!tokens[k].IsWord || reader.IsNumberToken(k))
            {
                return true;
            }
            if (PeopleWords.IsPeopleNoun(reader.Word(k)) && !tokens[k + 1].IsWord && reader.Text[tokens[k + 1].Start] == ',')
            {
                // The figure must open the clause after the comma (a hedge before it aside).
                if (k + 2 == phrase.QualifierFirst)
                {
                    phrase.Noun = k;
                    phrase.PartOfWhole = true;
                }
                return true;
            }
        }
        return true;
    }
}
