using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Kramatorsk … has been hit repeatedly. A missile strike on a pizzeria there killed 12 people in June last year, and
/// a strike on the city's railway station in April 2022 killed more than 50": a toll dated inside its sentence to an
/// earlier month of a given year, or to last year, recaps the place's history in the writer's voice, like a sentence
/// that opens on "Last month," (<see cref="PastRecap"/>). It inherits no speaker of an earlier paragraph, whose
/// statement was the day's news (attribution.json recapInnerTimes). "Since April 2022" and "the war, which began in
/// April 2023, has killed 40,000" date the war's start for a running total, not a recap.
/// Golden cases: a_toll_dated_last_year_inherits_no_speaker, a_toll_dated_last_september_inherits_no_speaker.
/// </summary>
internal static class DatedRecap
{
    private static readonly WordSet InnerTimes = WordLists.Set("recapInnerTimes");
    // "… slightly below its record of 3,370 set in October 2024": an earlier figure set against the speaker's new one
    // is part of the speaker's series, not the writer's recap (attribution.json recapComparisons).
    private static readonly WordSet Comparisons = WordLists.Set("recapComparisons");
    private static readonly Regex MonthOfYear = new(
        @"\b(?<!(?:since|began|begun|started|erupted|out|war|invasion) )in (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:(?:19|20)\d\d|last year)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // "A similar attack took place last September, when two missiles … killed more than 55 people": a named month
    // with "last" is as earlier as one with its year; "since last September" opens a running total instead.
    private static readonly Regex LastNamedMonth = new(
        @"\b(?<!since )last (?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // Both lists as one alternation each, built once: asked word by word, every sentence in a speaker's scope paid for
    // an escape, a pattern string and a regex-cache look-up per word, and ran in the regex interpreter.
    private static readonly Regex Comparison = WholeWords(@"\b(?:", Comparisons);
    private static readonly Regex InnerTime = WholeWords(@"\b(?<!since )(?:", InnerTimes);

    /// <summary>Whether <paramref name="sentence"/> dates what it tells to an earlier year.</summary>
    public static bool Holds(string text, Sentence sentence)
    {
        var body = text[sentence.Start..sentence.End];
        if (Comparison.IsMatch(body))
        {
            return false;
        }
        if (MonthOfYear.IsMatch(body) || LastNamedMonth.IsMatch(body))
        {
            return true;
        }
        return InnerTime.IsMatch(body);
    }

    // "\b(?:record|up\ from)\b" matches wherever one of "\brecord\b", "\bup\ from\b" would: the alternation backtracks
    // to the next word when one fails its closing \b.
    private static Regex WholeWords(string opening, WordSet words) =>
        new(opening + string.Join('|', words.Words.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
