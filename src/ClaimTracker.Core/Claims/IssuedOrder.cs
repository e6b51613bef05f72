namespace ClaimTracker.Core.Claims;

/// <summary>
/// "About 160,000 were sheltering in 57 UNRWA schools before Israeli authorities issued an evacuation order; the agency
/// says …", "The Israeli army had issued evacuation orders for several villages": "issued" reports a figure only when
/// its object is a document or a toll ("issued a statement", "issued figures"). An order, a warning or a directive
/// issued is a deed of the actor (usually the army of the other side, in a time clause), so its subject speaks for no
/// figure; the body whose release it is keeps it (Unseen53 yalibnan-unrwa, branch source85). Golden cases:
/// an_issued_order_is_no_statement, an_issued_statement_still_speaks.
/// </summary>
internal static class IssuedOrder
{
    private static readonly WordSet Verbs = WordLists.Set("issuedOrderVerbs");
    private static readonly WordSet Nouns = WordLists.Set("issuedOrderNouns");
    private static readonly WordSet Leads = WordLists.Set("issuedOrderLeads");

    /// <summary>Whether the verb at token <paramref name="i"/> issues an order: only lead words ("an evacuation") before an order noun.</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (!Verbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
        {
            var t = tokens[k];
            var word = text.AsSpan(t.Start, t.Length);
            if (!t.IsWord || !Leads.Contains(word))
            {
                return t.IsWord && Nouns.Contains(word);
            }
        }
        return false;
    }
}
