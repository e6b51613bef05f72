namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's or capital's name inside a newspaper's name is the paper, not a people: "A medical source at Al-Nao
/// Hospital told Sudan Tribune that the hospital received 27 bodies" counts the hospital's dead, bare as the golds keep
/// people outside Gaza (Unseen62 sudantribune-omdurman), and so would "told the Kyiv Post", "the Korea Herald reported",
/// "told The Times of Israel". A masthead word (populations.json <c>mastheadWords</c>: "Tribune", "Herald", "Post") with
/// a capital right after the name, or before it with "of" ("Times of Israel"), makes the name a paper's. Read by
/// <see cref="ReceivingCountry"/>, whose receiver is the nearest country before the verb. Golden cases:
/// a_newspapers_country_receives_nothing.
/// </summary>
internal static class OutletsName
{
    private static readonly WordSet Mastheads = WordLists.Set("mastheadWords");

    // "North Korea", "Times of Israel": a country's name runs up to three words.
    private const int NameWords = 3;

    /// <summary>Whether the country's name that ends at token <paramref name="end"/> is part of a newspaper's name.</summary>
    public static bool EndsAt(PeopleCountReader reader, int end)
    {
        for (var start = Math.Max(0, end - NameWords + 1); start <= end; start++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, start) is { } named && start + named.Tokens - 1 == end)
            {
                return At(reader, start, end);
            }
        }
        return false;
    }

    /// <summary>Whether the name in tokens <paramref name="start"/>..<paramref name="end"/> (inclusive) is part of a newspaper's name.</summary>
    public static bool At(PeopleCountReader reader, int start, int end) =>
        Masthead(reader, end + 1) || (reader.Is(start - 1, "of") && Masthead(reader, start - 2));

    private static bool Masthead(PeopleCountReader reader, int k) =>
        reader.IsIn(k, Mastheads) && char.IsUpper(reader.Text[reader.Tokens[k].Start]);
}
