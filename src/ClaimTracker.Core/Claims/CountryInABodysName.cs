namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's name inside a body's name is neither a people nor a place: "the Central Committee of Sudan Doctors said
/// … at least 92 civilians had been killed" names a doctors' body, so the civilians it counts stay bare as Sudan's golds
/// keep them (86 of 94 older Sudan rows bare), where reading "Sudan" as a place
/// gave "Sudanese civilians" (<see cref="CountryCivilians"/>). Read when the country's name follows "of"
/// (populations.json <c>bodyNameLinks</c>) and is followed by a capitalised body word (<c>bodyNameWords</c>: Doctors,
/// Network, Union …). Unseen53 msf-el-fasher-wounded-first-48-hours; golden case country_in_a_bodys_name_is_no_place
/// (negative control: "civilians were killed across Sudan" keeps Sudanese civilians). "The Sudan Doctors Network said"
/// is left alone: there the name already kept "Sudan" from being the only place, and "Across Darfur" in the same
/// sentence would then have made the civilians Sudanese (scratch).
/// </summary>
internal static class CountryInABodysName
{
    private static readonly WordSet Links = WordLists.Set("bodyNameLinks");
    private static readonly WordSet BodyWords = WordLists.Set("bodyNameWords");

    /// <summary>Whether the country named by the <paramref name="count"/> tokens at <paramref name="i"/> is part of a body's name.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        var next = i + count;
        return i > 0 && next < tokens.Count && tokens[i - 1].IsWord && Links.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length))
            && tokens[next].IsWord && char.IsUpper(text[tokens[next].Start]) && BodyWords.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length));
    }
}
