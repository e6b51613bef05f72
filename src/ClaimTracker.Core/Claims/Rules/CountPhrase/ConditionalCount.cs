namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count inside an "if" clause is a supposition, not a fact: "If 200,000 to 300,000 people are mobilized, many others
/// will hide at home" (an economist in The Washington Post, Unseen78; the gold reads expected), "unless 5,000 more troops
/// arrive, the line will not hold". The count's clause opens with a condition word (populations.json conditions: if,
/// unless) at the sentence's start or after a comma, quote or dash, with no clause break between it and the count:
/// expected, with the count the clause's subject right after the condition word (past "more", "another": status.json
/// requestLeads). "If confirmed, the deaths of 40 soldiers would …" puts the count after the condition's comma, in the
/// main clause, and stays as read; "as if" compares; "If Pyongyang can send thousands of its soldiers into this war, the
/// world can …" (Unseen23) argues from a fact and stays reported. Golden cases: a_count_in_an_if_clause_is_expected,
/// a_count_after_an_if_clause_is_reported.
/// </summary>
internal sealed class ConditionalCount : CountPhraseRule
{
    public static readonly ConditionalCount Rule = new();

    private static readonly WordSet Conditions = WordLists.Set("conditions");

    private ConditionalCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status == ClaimStatus.Reported && OpensTheClause(reader, phrase))
        {
            draft.Status = ClaimStatus.Expected;
        }
        return true;
    }

    // The count is the if-clause's subject: the condition word right before it, past an addition word ("If 50,000 more
    // men", "Unless another 2,000 troops"); "If Pyongyang can send thousands of its soldiers into this war, the world can
    // find the strength" (Zelensky, Unseen23 dpa) argues from a fact, with the count the object of the clause's verb,
    // and stays reported.
    private static bool OpensTheClause(PeopleCountReader reader, CountPhrase phrase)
    {
        var k = RequestedCount.WordBeforeLeads(reader, phrase);
        return reader.IsIn(k, Conditions) && (k == reader.SentenceFirstToken() || (k > 0 && !reader.Tokens[k - 1].IsWord && !reader.IsNumberToken(k - 1)));
    }
}
