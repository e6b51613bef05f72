namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UNRWA's situation report put the number of people killed at 900", "OCHA's flash update said": a word naming the kind
/// of a body's document (attribution.json <c>documentKindWords</c>) stopped the walk back from the verb, so the body's
/// possessive never reached the speaker's words and the figure went to nobody, or to the body of the sentence before
/// (Unseen70 statesman-unrwa-sitrep-613000-sheltering). It is read as part of the speaker's name only right before a
/// document noun (attribution.json <c>documentAnaphors</c>) the walk has already read: in "said in its latest situation
/// report that …" the noun is the verb the walk starts from, and "situation" stays outside any speaker (Unseen53
/// yalibnan-unrwa-situation-report-staff-shelters). Golden cases: a_bodys_situation_report_puts_the_toll,
/// a_bodys_weekly_bulletin_said, said_in_its_situation_report_that.
/// </summary>
internal static class KindOfDocument
{
    private static readonly WordSet Kinds = WordLists.Set("documentKindWords");
    private static readonly WordSet Documents = WordLists.Set("documentAnaphors");

    /// <summary>Whether <paramref name="word"/> names a document's kind and <paramref name="next"/> is the document noun.</summary>
    public static bool Before(string text, Token word, Token next) =>
        word.IsWord && next.IsWord && Kinds.Contains(AttributionFinder.Word(text, word)) && Documents.Contains(AttributionFinder.Word(text, next));
}
