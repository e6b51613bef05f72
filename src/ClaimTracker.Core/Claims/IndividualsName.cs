namespace ClaimTracker.Core.Claims;

/// <summary>
/// The personal name in a speaker's words: "Dr Amira Suleiman", "MK Ram Ben Barak", "Kyiv economist Serhiy Fursa" name
/// Amira Suleiman, Ram Ben Barak and Serhiy Fursa. The name is the run of capitalised words after any title or role
/// (speakers.json <c>individualTitles</c>), two to four of them, none a body's, a place's, a nation's or a date's word
/// (<c>notIndividualNameWords</c>), none written in capitals (a transcript's speaker label, an agency's initials). A
/// body's office before the name ("Mayor", "police spokesman", "Brig Gen") is reported, since such a person speaks for
/// the body (<see cref="NamedIndividual"/>). Golden cases: a_named_paramedic_is_credited_by_name,
/// a_lawmakers_family_name_continues_him.
/// </summary>
internal static class IndividualsName
{
    private const int MaxNameWords = 4;
    private static readonly WordSet Titles = WordLists.Set("individualTitles");
    private static readonly WordSet Offices = WordLists.Set("bodysOfficeWords");
    private static readonly WordSet NotNames = WordLists.Set("notIndividualNameWords");
    private static readonly WordSet Articles = WordLists.Set("individualArticles");

    /// <summary>
    /// The name the speaker's words give, or null when they name no individual; <paramref name="office"/> is true when a
    /// body's office or a possessive role ("the city's mayor") stands before the name.
    /// </summary>
    public static string? Of(string mention, out bool office)
    {
        office = false;
        var words = mention.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var bare = Bare(words[i]);
            if (Offices.Contains(bare) || Possessive.Ends(words[i]))
            {
                office = true;
                first = i + 1;
            }
            else if (Titles.Contains(bare) || Articles.Contains(bare))
            {
                first = i + 1;
            }
            else if (!NameParticle.IsCapitalised(bare))
            {
                return null; // "Nasser hospital in Khan Yunis", "its newspaper Red Star": a body's or a place's words
            }
        }
        var name = words[first..];
        if (name.Length is 0 or > MaxNameWords || !Array.TrueForAll(name, w => IsNameWord(Bare(w))) || Nationality.OfPhrase(string.Join(' ', name)) is not null)
        {
            return null;
        }
        name[^1] = Bare(name[^1]);
        return string.Join(' ', name);
    }

    /// <summary>Whether a written word can be part of a person's name: capitalised, not in capitals, no body's or place's word.</summary>
    public static bool IsNameWord(string word) =>
        word.Length > 1 && NameParticle.IsCapitalised(word) && !IsInCapitals(word) && !NotNames.Contains(word) && !Titles.Contains(word)
        && !Offices.Contains(word) && Nationality.OfPhrase(word) is null && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019');

    /// <summary>"Morozov" or "Ben Barak" read in full where the text first gives the name: the capitalised name words just before it.</summary>
    public static (int Start, string Name) FirstGiven(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!IsWholeWords(text, at, at + name.Length))
            {
                continue;
            }
            var start = at;
            var count = name.Split(' ').Length;
            while (count < MaxNameWords && PreviousWord(text, start) is { } previous && !Possessive.Ends(previous.Word) && IsNameWord(previous.Word))
            {
                start = previous.Start;
                count++;
            }
            return (start, text[start..(at + name.Length)]);
        }
        return (-1, name);
    }

    /// <summary>The word ending right before <paramref name="at"/> across one space (or the comma <paramref name="at"/> points past), if any.</summary>
    public static (int Start, string Word)? PreviousWord(string text, int at)
    {
        // "Gov. Roman Kuzmenko": an abbreviation's full stop ends the word before.
        if (at < 3 || text[at - 1] is not (' ' or ',') || !(char.IsLetter(text[at - 2]) || (text[at - 2] == '.' && char.IsLetter(text[at - 3]))))
        {
            return null;
        }
        var start = at - 1;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019' or '.'))
        {
            start--;
        }
        return (start, text[start..(at - 1)]);
    }

    /// <summary>Whether the span is whole words: "Choi Ji" is no name in "Choi Ji-ho".</summary>
    public static bool IsWholeWords(string text, int start, int end) =>
        (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        && (end >= text.Length || !(char.IsLetterOrDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))));

    // "Fursa," → "Fursa"; "Saleh's" → "Saleh"; "Dr." → "Dr".
    public static string Bare(string word)
    {
        var w = word.Trim(',', '.', ';', ':', '"', '(', ')', '\u201C', '\u201D');
        return Possessive.Without(w);
    }

    // "ELIAS", "UNHCR", "MKs": capitals in a row are a label's, initials' or a plural title's, never a name's.
    private static bool IsInCapitals(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsUpper(word[i - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
