namespace ClaimTracker.Core.Claims;

/// <summary>
/// "lawmaker Park Jun-ho told reporters … “We were told there have been at least 120 deaths,” Park said", "Rep. Lee
/// Seong-kweun … Lee said about 300 had been killed": a Korean name is written family name first, its given name
/// hyphenated ("Jun-ho", "Tae-Keung"), and wire copy repeats the person by the family name, which
/// <see cref="SurnameSpeaker"/> (reading the last word as the surname) missed. Only a known family name (people.json
/// familyNameFirst) before a hyphenated given name, so "Hatem Salloum" and "Kim Jong Un" change nothing. Survey of
/// session 32 (Reuters, KBS, Yonhap, news.az relays of the NIS briefings); branch source61; golden cases:
/// korean_surname_repeats_the_lawmaker, korean_surname_of_an_unsourced_speaker_stays_unsourced.
/// </summary>
internal static class FamilyNameFirst
{
    private static readonly WordSet FamilyNames = WordLists.Set("familyNameFirst");

    /// <summary>The family name of a "Family Given-name" pair, or null when the pair is not written family name first.</summary>
    public static string? Surname(ReadOnlySpan<char> first, ReadOnlySpan<char> given)
    {
        var hyphen = given.IndexOf('-');
        return hyphen > 0 && hyphen < given.Length - 1 && FamilyNames.Contains(first) ? first.ToString() : null;
    }
}
