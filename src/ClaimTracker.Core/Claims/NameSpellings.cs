using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A Ukrainian, Russian or Arabic name reaches English in several spellings, and one wire story's "Governor Andriy
/// Raikovych" is another's "Andrii Raykovych" (Unseen41 devdiscourse: the list's "Andrii Raikovych" missed the
/// story's "Andriy"; scratch: "Yurii Ignat", "Alexander Syrskyi", "Mohammed Hamdan Dagalo"). The registry lists one
/// or two spellings of each person, so a registered person's name is matched in every spelling the
/// data says is the same: interchangeable given names (speakers.json <c>givenNameSpellings</c>, "Andriy|Andrii|…")
/// and surname endings and inner letters (<c>surnameEndingSpellings</c>, <c>surnameInnerSpellings</c>). Only a name
/// whose first word is a listed given name is spelled again, so a body's name ("Ukrainian Air Force") is never
/// loosened. Not applied to <c>regionalHeads</c> yet: see the source64 section of docs/extraction.md (the heads' spellings
/// moved police figures of the same story to the governor). Golden case: commander_named_in_another_spelling.
/// </summary>
internal static class NameSpellings
{
    private static readonly Dictionary<string, string[]> GivenNames = Groups(WordLists.Set("givenNameSpellings"));
    private static readonly string[][] Endings = [.. WordLists.Set("surnameEndingSpellings").Words.Select(g => g.Split('|'))];
    private static readonly string[][] Inner = [.. WordLists.Set("surnameInnerSpellings").Words.Select(g => g.Split('|'))];

    private static Dictionary<string, string[]> Groups(WordSet list)
    {
        var groups = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in list.Words.Select(g => g.Split('|')))
        {
            foreach (var form in group)
            {
                groups[form] = group;
            }
        }
        return groups;
    }

    /// <summary>The other spellings of a person's name ("Given Surname", or with a middle name), none for anything else.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !GivenNames.TryGetValue(words[0], out var givens) || !words.All(IsNameWord))
        {
            return [];
        }
        var middle = string.Join(' ', words[1..^1]);
        var surnames = Surnames(words[^1]);
        return givens.SelectMany(g => surnames.Select(s => middle.Length == 0 ? $"{g} {s}" : $"{g} {middle} {s}"))
            .Where(v => !v.Equals(name, StringComparison.Ordinal));
    }

    private static bool IsNameWord(string word) => char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'');

    /// <summary>The surname as written, with each listed ending swapped and then each listed inner spelling swapped once.</summary>
    private static HashSet<string> Surnames(string surname)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { surname };
        foreach (var group in Endings)
        {
            var ending = group.FirstOrDefault(e => surname.EndsWith(e, StringComparison.Ordinal) && surname.Length > e.Length + 2);
            if (ending is not null)
            {
                forms.UnionWith(group.Select(e => surname[..^ending.Length] + e));
                break;
            }
        }
        foreach (var form in forms.ToArray())
        {
            foreach (var group in Inner)
            {
                // Inside the word only: from the second letter to before the ending, so "Yusov" keeps its "Y".
                var at = group.Select(g => (g, i: form.IndexOf(g, 1, StringComparison.Ordinal))).FirstOrDefault(p => p.i > 0);
                if (at.g is not null)
                {
                    forms.UnionWith(group.Select(g => form[..at.i] + g + form[(at.i + at.g.Length)..]));
                }
            }
        }
        return forms;
    }

    /// <summary>Every other spelling of the registry's person aliases, with the source each names; a spelling two sources share, or one already an alias, is left out.</summary>
    public static IEnumerable<(string Phrase, SourceDefinition Source)> Phrases(IReadOnlyList<SourceDefinition> sources)
    {
        var known = new HashSet<string>(sources.SelectMany(s => s.Aliases.Append(s.Name).Append(s.FullName)), StringComparer.OrdinalIgnoreCase);
        var built = new Dictionary<string, SourceDefinition?>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var phrase in source.Aliases.SelectMany(Variants).Where(p => !known.Contains(p)))
            {
                built[phrase] = built.TryGetValue(phrase, out var other) && other != source ? null : source;
            }
        }
        return built.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!));
    }
}
