namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fronted partitive over things: "Of the 265 sites identified south of the Litani, about 190 have gone to the army",
/// "Of the 140 drones launched overnight, 112 were shot down": a sentence (or quote) that opens by naming a counted
/// whole of things, then a comma, counts part of those things with a figure that has no noun of its own. The share is
/// no count of people. "Of the 60 killed, 16 were children" and "Of the 300 wounded, 40 …" (no plural thing after the
/// whole's number) are left to <see cref="FrontedPartitive"/>'s neighbours. Golden case: a_share_of_things.
/// </summary>
internal sealed class WholeOfThings : CountPhraseRule
{
    public static readonly WholeOfThings Rule = new();

    private static readonly WordSet Leads = WordLists.Set("frontedPartitiveLeads");
    private static readonly WordSet Determiners = WordLists.Set("partitiveDeterminers");

    private WholeOfThings()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.PreviousBound < 0)
        {
            return true;
        }
        // The lead opens the sentence or its quote: skip the opening quotation mark.
        var lead = 0;
        while (lead < reader.Tokens.Count && !reader.Tokens[lead].IsWord)
        {
            lead++;
        }
        if (lead + 3 >= reader.Tokens.Count || !Leads.Contains(reader.Word(lead)) || !reader.IsIn(lead + 1, Determiners))
        {
            return true;
        }
        // The whole's own number is the count right before this one, and only a comma-bounded clause lies between.
        var whole = lead + 2;
        if (phrase.PreviousBound != whole || !reader.IsNumberToken(whole) || !CommaBetween(reader, whole + 1, phrase.QualifierFirst))
        {
            return true;
        }
        return !OthersOfThings.ThingsAfter(reader, whole + 1, phrase.QualifierFirst);
    }

    // "Of the 265 sites identified south of the Litani, about 190": one comma closes the whole before the share.
    private static bool CommaBetween(PeopleCountReader reader, int from, int bound)
    {
        for (var i = from; i < bound; i++)
        {
            if (reader.IsNumberToken(i))
            {
                return false;
            }
            if (!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',')
            {
                return true;
            }
        }
        return false;
    }
}
