using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's health minister, Nader Saab, said … Saab told reporters", "agency spokesman Hatem Salloum said … Salloum
/// added", "Mr Salloum said": a surname alone (perhaps after a courtesy title) repeats a speaker named in full earlier in
/// the article and takes that speaker's source. Golden cases: surname_repeats_the_speaker, surname_after_a_capitalised_title,
/// surname_of_a_person_named_with_a_role. A Korean name puts the surname first ("lawmaker Park Jun-ho told reporters …
/// “…,” Park said"; <see cref="FamilyNameFirst"/>).
/// </summary>
internal sealed class SurnameSpeaker(string text)
{
    private static readonly WordSet Courtesy = new("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
    private readonly Dictionary<string, SourceDefinition> bySurname = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Remembers the last capitalised word of a credited speaker of two or more words as a surname; a speaker with no
    /// body of his own who relays one (<see cref="LawmakerRelay"/>) is remembered with the body he relays.
    /// </summary>
    public void Learn(Attributor speaker, SourceDefinition? relayed = null)
    {
        if ((speaker.Source ?? relayed) is not { } source)
        {
            return;
        }
        LearnName(speaker.Text, source);
        LearnFamilyName(speaker.Text, source);
        // "Lebanon's health minister, Nader Saab, said": the name in commas right after the speaker's words.
        var after = text.AsSpan(speaker.End);
        if (after.StartsWith(", ") && after[2..].IndexOf(',') is > 0 and var comma && comma < 40)
        {
            LearnName(after[2..][..comma], source);
        }
        // "Lee Seong-kweun, a lawmaker of the People Power Party, said": a Korean name in commas right before them.
        if (speaker.Start >= 2 && text[speaker.Start - 2] == ',' && text.LastIndexOfAny([',', '.', '\n', '"', '\u201C'], speaker.Start - 3) is var open
            && speaker.Start - 2 - open < 40)
        {
            LearnFamilyName(text.AsSpan(open + 1, speaker.Start - 3 - open), source);
        }
    }

    /// <summary>
    /// "Gen. Thomas Kellan made the remarks at a hearing" after the office that holder fills spoke: the name is learnt
    /// with that office's body, though he was never a speaker himself (<see cref="RemarksMaker"/>).
    /// </summary>
    public void LearnOfficeholder(string name, SourceDefinition body)
    {
        LearnName(name, body);
        LearnFamilyName(name, body);
    }

    // "Rep. Lee Seong-kweun of the ruling People Power Party": a Korean name anywhere in the words, not only at their end
    // (<see cref="FamilyNameFirst.FindIn"/>), so "Lee said" repeats him (branch source63).
    private void LearnFamilyName(ReadOnlySpan<char> words, SourceDefinition source)
    {
        if (FamilyNameFirst.FindIn(words) is { } family)
        {
            bySurname[family] = source;
        }
    }

    private void LearnName(ReadOnlySpan<char> name, SourceDefinition source)
    {
        // A person's name ends the words: two or more capitalised words ("agency spokesman Hatem Salloum"), the title
        // before it capitalised too in wire copy ("Health Minister Firass Abiad told reporters … Abiad said"; Golden
        // case: surname_after_a_capitalised_title). Read from the end in place: every credited speaker passes here.
        var rest = OffPlatform(name.Trim());
        var run = 0;
        scoped ReadOnlySpan<char> last = default;
        scoped ReadOnlySpan<char> beforeLast = default;
        for (var word = LastWord(ref rest); !word.IsEmpty && NameParticle.IsCapitalised(word); word = LastWord(ref rest))
        {
            last = run == 0 ? word : last;
            beforeLast = run++ == 1 ? word : beforeLast;
        }
        if (run >= 2 && IsSurname(last))
        {
            bySurname[last.ToString()] = source;
            // "Mohammed al-Mughayyir … Mughayyir said": wire copy drops the particle on later mentions (Unseen66
            // nukta-afp-jabalia; golden case an_official_with_the_agency_named_after_a_quote).
            if (NameParticle.IsCapitalised(last) && char.IsLower(last[0]))
            {
                bySurname[last[(last.IndexOf('-') + 1)..].ToString()] = source;
            }
            if (FamilyNameFirst.Surname(beforeLast, last) is { } family)
            {
                bySurname[family] = source;
            }
        }
    }

    // "Kherson Oblast Governor Oleksandr Prokudin on Telegram" (a Ukrainska Pravda "Source:" line): the platform he
    // posted on ends the words, not his name; without it the surname was never learnt and "Prokudin reported" later
    // credited nobody (Unseen85 pravda-kherson; golden case a_source_line_names_the_lead_paragraphs_source).
    private static ReadOnlySpan<char> OffPlatform(ReadOnlySpan<char> words)
    {
        var rest = words;
        var platform = LastWord(ref rest);
        var preposition = LastWord(ref rest);
        return !platform.IsEmpty && char.IsUpper(platform[0]) && PlatformPrepositions.Contains(preposition) ? rest : words;
    }

    private static readonly WordSet PlatformPrepositions = WordLists.Set("platformPrepositions");

    // The last space-separated word of the words, which keep those before it; empty when none is left.
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> words)
    {
        words = words.TrimEnd(' ');
        var space = words.LastIndexOf(' ');
        var word = words[(space + 1)..];
        words = space < 0 ? [] : words[..space];
        return word;
    }

    private static bool IsSurname(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '-' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Salwa Adam Ibrahim, a senior official at the government's Humanitarian Aid Commission, described … According to
    /// Ibrahim, at least 460 …": a person named in full with a role at a body, in commas, though not as the speaker of a
    /// figure, and later by surname alone, speaks for that body (golden case: surname_of_a_person_named_with_a_role).
    /// </summary>
    public SourceDefinition? FindApposed(Attributor speaker, IReadOnlyList<SourceMention> mentions)
    {
        var parts = speaker.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [.., var surname] || parts.Length > 2 || (parts.Length == 2 && !Courtesy.Contains(parts[0])) || !NameParticle.IsCapitalised(surname))
        {
            return null;
        }
        var from = 0;
        while (text.IndexOf(surname + ", ", from, StringComparison.Ordinal) is var at && at >= 0 && at < speaker.Start)
        {
            from = at + surname.Length;
            if (IsFullName(at) && BodyInApposition(at + surname.Length + 2, mentions) is { } body)
            {
                return body;
            }
        }
        return null;
    }

    // The surname at this index ends a name of two or more capitalised words ("Salwa Adam Ibrahim").
    private bool IsFullName(int surnameStart)
    {
        var before = text.AsSpan(0, surnameStart).TrimEnd(' ');
        var space = before.LastIndexOfAny(' ', '\n');
        return before.Length > 0 && before.Length == surnameStart - 1 && NameParticle.IsCapitalised(before[(space + 1)..].ToString());
    }

    // The registered body named inside the apposition that opens here and ends at the next comma, semicolon or full stop.
    // The length bound holds for the words before the body's name, not for the name: "head of the press service of the
    // Coordination Headquarters for the Treatment of Prisoners of War" is a short role before a long name (golden case:
    // surname_of_a_person_whose_role_names_a_long_body).
    private SourceDefinition? BodyInApposition(int start, IReadOnlyList<SourceMention> mentions)
    {
        var end = text.IndexOfAny([',', '.', ';', '\n'], start);
        if (end < 0)
        {
            return null;
        }
        return mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Source is not null
            && (end - start <= ApposedRoleLength || m.Start - start <= RoleBeforeLongName) && !PlaceInApposition.Is(text, m))?.Source;
    }

    // "a senior official at the government's Humanitarian Aid Commission": how long a role in commas may run.
    private const int ApposedRoleLength = 90;

    // "director of the emergency operations unit of the": how far into a longer apposition a registered name may start.
    private const int RoleBeforeLongName = 60;

    /// <summary>
    /// "Doctors Without Borders (MSF) medical coordinator in southern Gaza, Pieter Vandamme, said …", "The International
    /// Organization for Migration's chief of mission in Sudan, Rosa Delgado-Marin, told reporters": a title that opens
    /// the sentence and names a registered body, then the person's name in commas before the verb, speaks for that body
    /// (and <see cref="Learn"/> then keeps the surname for "Vandamme said"). Golden cases: title_naming_a_body_before_the_name,
    /// a_title_naming_no_body_before_the_name (negative).
    /// </summary>
    public SourceDefinition? FindFronted(Attributor speaker, IReadOnlyList<SourceMention> mentions)
    {
        // "…,” said Marta Quiroga, MSF emergency coordinator in Gaza.": the role follows the full name instead (golden
        // case: a_named_speakers_role_follows_the_name).
        if (IsName(speaker.Text) && text.AsSpan(speaker.End).StartsWith(", ") && BodyInApposition(speaker.End + 2, mentions) is { } body)
        {
            return body;
        }
        // The name closes the speaker's words ("Gaza, Pieter Vandamme") or follows them in commas ("in Rafah, Tomas Ekberg,").
        var comma = text.LastIndexOf(", ", speaker.End - 1, speaker.End - speaker.Start, StringComparison.Ordinal);
        if (comma < 0 || !IsName(text[(comma + 2)..speaker.End]))
        {
            var after = text.AsSpan(speaker.End);
            comma = after.StartsWith(", ") && after[2..].IndexOf(',') is > 0 and var next && IsName(after[2..][..next].ToString()) ? speaker.End : -1;
        }
        if (comma < 0)
        {
            return null;
        }
        // The title runs from the sentence's (or the dateline's) opening to the comma, one phrase with no comma of its own.
        var open = text.LastIndexOfAny(['.', '\n', '"', '\u201C', ','], comma - 1) + 1;
        if (text.LastIndexOf(" - ", comma, StringComparison.Ordinal) is var dash && dash >= open)
        {
            open = dash + 3;
        }
        if (comma - open > ApposedRoleLength)
        {
            return null;
        }
        return mentions.FirstOrDefault(m => m.Start >= open && m.End <= comma && m.Source is not null)?.Source;
    }

    // Two to four capitalised words and nothing else: "Pieter Vandamme", "Rosa Delgado-Marin".
    private static bool IsName(string words)
    {
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 2 and <= 4 && parts.All(w => NameParticle.IsCapitalised(w) && w.All(c => char.IsLetter(c) || c is '-' or '\''));
    }

    /// <summary>The source of an earlier speaker whose surname these words are, or null.</summary>
    public SourceDefinition? Find(string words)
    {
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = parts switch
        {
            [var one] => one,
            [var title, var one] when Courtesy.Contains(title) => one,
            _ => null,
        };
        return name is not null && NameParticle.IsCapitalised(name) && bySurname.TryGetValue(name, out var source) ? source : null;
    }
}
