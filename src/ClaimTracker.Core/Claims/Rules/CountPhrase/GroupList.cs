namespace ClaimTracker.Core.Claims;

/// <summary>
/// Group list: "the group included 95 soldiers, 56 national guardsmen, 26 border guards and 30 members of the
/// territorial defence forces" names who made up the people counted before it. A count in such a list whose own
/// words give it no fate shares theirs (the returned of a swap are `other`, not deployed), and with no nationality
/// of its own takes theirs. A colon right after the people counted opens such a list too. Golden cases:
/// swap_group_list_shares_the_fate, colon_list_shares_the_fate.
/// </summary>
internal sealed class GroupList : CountPhraseRule
{
    public static readonly GroupList Rule = new();

    private static readonly WordSet GroupVerbs = WordLists.Set("groupVerbs");

    private GroupList()
    {
    }

    // What opens the list a count stands in: "included" and its kin, or a colon after the counted whole.
    private enum Opening
    {
        None,
        GroupVerb,
        Colon,
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.MetricGuessed || Whole(reader, phrase) is not { Metric: { } fate } whole)
        {
            return true;
        }
        draft.Metric = fate;
        draft.MetricGuessed = false;
        if (draft.Nationalities.Count == 0)
        {
            draft.Nationalities = whole.Nationalities;
        }
        return true;
    }

    // After "included" the whole may stand a sentence back; after a colon it is the count before it in the sentence
    // (or the list's earlier part, which took its fate).
    private static (Metric? Metric, IReadOnlyList<string> Nationalities)? Whole(PeopleCountReader reader, CountPhrase phrase) =>
        ListOpening(reader, phrase.QualifierFirst) switch
        {
            Opening.GroupVerb when phrase.Antecedent() is { } before => (before.Metric, before.Nationalities),
            Opening.Colon when phrase.Previous is { MetricGuessed: false } previous => (previous.Metric, previous.Nationalities),
            _ => null,
        };

    // "Israel is holding 12 Lebanese citizens: eight Hezbollah members, three civilians and a soldier": a colon right
    // after a counted people noun ("12 Lebanese citizens") opens the list of who they are, as "included" does; a
    // label's colon ("Injured: 87 civilians") has no count before it.
    private static bool WholeBeforeColon(PeopleCountReader reader, int colon)
    {
        if (colon < 1 || !reader.Tokens[colon - 1].IsWord || !PeopleWords.IsPeopleNoun(reader.Word(colon - 1)))
        {
            return false;
        }
        for (var i = colon - 2; i >= 0 && i >= colon - 5 && reader.Tokens[i].IsWord; i--)
        {
            if (reader.IsNumberToken(i))
            {
                return true;
            }
        }
        return false;
    }

    // Back from the count over the list (numbers, people nouns, their describing words, commas, "and") to "included".
    private static Opening ListOpening(PeopleCountReader reader, int from)
    {
        var tokens = reader.Tokens;
        for (var i = from - 1; i >= 0 && i >= from - 30; i--)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (reader.Text[t.Start] is ',' or '-')
                {
                    continue;
                }
                return reader.Text[t.Start] == ':' && WholeBeforeColon(reader, i) ? Opening.Colon : Opening.None;
            }
            var w = reader.Word(i);
            if (GroupVerbs.Contains(w))
            {
                return Opening.GroupVerb;
            }
            if (!(reader.IsNumberToken(i) || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
                || PeopleWords.IsPeopleNoun(w) || ClaimLexicon.NounModifiers.Contains(w) || PeopleWords.IsDescribingWord(reader, i) || char.IsUpper(w[0])))
            {
                return Opening.None;
            }
        }
        return Opening.None;
    }
}
