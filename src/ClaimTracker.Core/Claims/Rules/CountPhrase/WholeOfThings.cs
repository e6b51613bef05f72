namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fronted partitive over things: "Of the 265 sites identified south of the Litani, about 190 have gone to the army",
/// "Of the 140 drones launched overnight, 112 were shot down": a sentence (or quote) that opens by naming a counted
/// whole of things, then a comma, counts part of those things with a figure that has no noun of its own. The share is
/// no count of people. "Of the 60 killed, 16 were children" and "Of the 300 wounded, 40 …" (no plural thing after the
/// whole's number) are left to <see cref="FrontedPartitive"/>'s neighbours. Golden case: a_share_of_things.
/// The lead may also open a reported clause, with the whole's owner between its number and the things: "A Hezbollah
/// source told AFP that of 265 of the group's military positions identified south of the Litani, about 190 had been
/// handed to the Lebanese army" (Unseen46 lemonde-zrarieh: the share borrowed an earlier sentence's troops).
/// Golden case: a_share_of_things_in_a_reported_clause. After a colon or semicolon the lead opens its clause too ("the
/// camp is crowded; of the 40 tents, only 12 …"). Golden case: a_share_of_things_after_a_colon.
/// </summary>
internal sealed class WholeOfThings : CountPhraseRule
{
    public static readonly WholeOfThings Rule = new();

    private static readonly WordSet Leads = WordLists.Set("frontedPartitiveLeads");
    private static readonly WordSet Determiners = WordLists.Set("partitiveDeterminers");
    private static readonly WordSet ClauseOpeners = WordLists.Set("frontedPartitiveClauseOpeners");

    // "of the group's", "of the Lebanese movement's": the owner's words before its possessive.
    private const int OwnerReach = 5;

    private WholeOfThings()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.PreviousBound < 0)
        {
            return true;
        }
        // The whole's own number is the count right before this one, and only a comma-bounded clause lies between.
        var whole = phrase.PreviousBound;
        if (!reader.IsNumberToken(whole) || !LeadsTheClause(reader, whole) || !CommaBetween(reader, whole + 1, phrase.QualifierFirst))
        {
            return true;
        }
        return !OthersOfThings.ThingsAfter(reader, PastOwner(reader, whole + 1), phrase.QualifierFirst);
    }

    // "Of the 265 sites" opening the sentence (or its quote), or "told AFP that of 265 ...": the lead, a determiner
    // or none, then the whole's number; the lead opens the sentence or follows a clause opener (counts.json
    // frontedPartitiveClauseOpeners).
    private static bool LeadsTheClause(PeopleCountReader reader, int whole)
    {
        var lead = reader.IsIn(whole - 1, Determiners) ? whole - 2 : whole - 1;
        if (lead < 0 || !reader.IsIn(lead, Leads))
        {
            return false;
        }
        var before = lead - 1;
        while (before >= 0 && !reader.Tokens[before].IsWord && reader.Text[reader.Tokens[before].Start] is ('"' or '“' or '\''))
        {
            before--;
        }
        // "Much of the village is now in ruins: of about 110 houses, … no more than 20" (Unseen76 thenational-dhayra): a
        // colon or semicolon opens the clause as the sentence's start does.
        return before < 0 || reader.IsIn(before, ClauseOpeners) || reader.IsMark(before, ':') || reader.IsMark(before, ';');
    }

    // "265 of the group's military positions", "120 of the drones": the owner ("of", a determiner, a possessive) is
    // stepped over so the things' noun is read; with neither the noun is read right after the number.
    private static int PastOwner(PeopleCountReader reader, int first)
    {
        if (!reader.Is(first, "of"))
        {
            return first;
        }
        for (var i = first + 1; i < reader.Tokens.Count && i <= first + OwnerReach; i++)
        {
            if (reader.Is(i, "s") && !reader.Tokens[i - 1].IsWord)
            {
                return i + 1;
            }
        }
        return reader.IsIn(first + 1, Determiners) ? first + 2 : first;
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
