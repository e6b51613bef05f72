namespace ClaimTracker.Core.Claims;

/// <summary>
/// Group list: "the group included 95 soldiers, 56 national guardsmen, 26 border guards and 30 members of the
/// territorial defence forces" names who made up the people counted before it. A count in such a list whose own
/// words give it no fate shares theirs (the returned of a swap are `other`, not deployed), and with no nationality
/// of its own takes theirs. Golden cases: swap_group_list_shares_the_fate.
/// </summary>
internal sealed class GroupList : CountPhraseRule
{
    public static readonly GroupList Rule = new();

    private static readonly WordSet GroupVerbs = WordLists.Set("groupVerbs");

    private GroupList()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.MetricGuessed || !AfterGroupVerb(reader, phrase.QualifierFirst) || phrase.Antecedent() is not { Metric: { } fate } before)
        {
            return true;
        }
        draft.Metric = fate;
        draft.MetricGuessed = false;
        if (draft.Nationalities.Count == 0)
        {
            draft.Nationalities = before.Nationalities;
        }
        return true;
    }

    // Back from the count over the list (numbers, people nouns, their describing words, commas, "and") to "included".
    private static bool AfterGroupVerb(PeopleCountReader reader, int from)
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
                return false;
            }
            var w = reader.Word(i);
            if (GroupVerbs.Contains(w))
            {
                return true;
            }
            if (!(reader.IsNumberToken(i) || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
                || PeopleWords.IsPeopleNoun(w) || ClaimLexicon.NounModifiers.Contains(w) || PeopleWords.IsDescribingWord(reader, i) || char.IsUpper(w[0])))
            {
                return false;
            }
        }
        return false;
    }
}
