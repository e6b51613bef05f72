namespace ClaimTracker.Core.Claims;

/// <summary>
/// "JERUSALEM (AP) — …, a spokesman for the prime minister's office said", "TEL AVIV (Reuters) - …, the Prime
/// Minister's Office said": a leader's office speaks for the government of the city the story is datelined in. The
/// dateline reader leaves Jerusalem unread on purpose (a Palestinian story is filed from there as often as an Israeli
/// one), so for the office alone the seat of government is read here: a listed city in capitals opening one of the
/// first sentences (attribution.json <c>leaderSeatDatelines</c>, "CITY:CC"). Unseen37 washingtonpost Mencer row;
/// branch source67; golden cases a_leaders_office_under_jerusalem_is_no_gaza_body, the_prime_ministers_office_under_tel_aviv.
/// </summary>
internal static class LeaderSeat
{
    private static readonly Dictionary<string, string> Seats = WordLists.Pairs(WordLists.Set("leaderSeatDatelines"));

    /// <summary>The country code of the seat the story is datelined in, or null.</summary>
    public static string? Country(string text, List<Sentence> sentences)
    {
        foreach (var sentence in DatelineCountry.Opening(sentences))
        {
            foreach (var (seat, country) in Seats)
            {
                if (Opens(text, sentence.Start, seat))
                {
                    return country;
                }
            }
        }
        return null;
    }

    // The city in capitals, then no letter: "JERUSALEM —", "TEL AVIV, July 7", not "Jerusalem's mayor said".
    private static bool Opens(string text, int start, string seat) =>
        start + seat.Length < text.Length && text.AsSpan(start, seat.Length).SequenceEqual(seat)
        && !char.IsLetter(text[start + seat.Length]);
}
