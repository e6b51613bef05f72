namespace ClaimTracker.Core.Claims;

/// <summary>
/// A headline's hedged toll with no verb: "NIS: N. Korean casualties in Russia near 3,500", "North Korean casualties in
/// Russia around 1,200", "N. Korea's war dead in Russia put at around 2,100" (Unseen21 kbs, Unseen22 nhk, Reporting
/// kursk-jcs, Unseen47 yonhap). Headlinese drops the verb ("are", "stand at"), so the toll noun (counts.json tollWords,
/// or "dead") stands a place phrase back from the hedged figure. Read only in a line that reads as a headline, when the
/// figure carries a hedge or follows "at", and only across words (no comma or colon between the toll noun and the
/// figure): in the body the same shape is a toll word of another clause. Unread, the headline's optional row took the
/// body's claim and the body's own row went missing. Asked by <see cref="BareCount"/>; headlinese's "near" (counts.json
/// headlineHedges: "casualties near 3,500", a verb there) hedges the figure only in such a headline, asked by
/// <see cref="Hedge"/> ("wreckage landed near two others" keeps its preposition). Golden cases: HeadlineHedgedTollTests.
/// </summary>
internal static class HeadlineHedgedToll
{
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Hedges = WordLists.Set("headlineHedges");

    // "casualties in Russia near", "war dead in Russia put at around": the place phrase and "put at" are a few words.
    private const int Reach = 6;

    /// <summary>Whether the bare figure, whose word before is <paramref name="p"/>, is a headline's hedged toll.</summary>
    public static bool Names(PeopleCountReader reader, CountPhrase phrase, int p)
    {
        return (phrase.QualifierFirst < phrase.First || reader.Is(p, "at")) && RepeatedClaims.ReadsAsHeadline(reader.Text, reader.Sentence)
            && TollBefore(reader, p, phrase.PreviousBound);
    }

    /// <summary>Whether the word before the figure's first token <paramref name="first"/> is a headline's "near" after a toll noun.</summary>
    public static bool HedgeBefore(PeopleCountReader reader, int first) =>
        reader.IsIn(first - 1, Hedges) && RepeatedClaims.ReadsAsHeadline(reader.Text, reader.Sentence) && TollBefore(reader, first - 2, -1);

    private static bool TollBefore(PeopleCountReader reader, int p, int bound)
    {
        for (var b = p; b >= 0 && b > bound && b >= p - Reach; b--)
        {
            if (!reader.Tokens[b].IsWord)
            {
                return false;
            }
            if (reader.IsIn(b, TollWords) || reader.Is(b, "dead"))
            {
                return true;
            }
        }
        return false;
    }
}
