namespace ClaimTracker.Core.Claims;

/// <summary>
/// Partitive: "about 4,000 of the 11,000 North Korean troops sent to Kursk had been killed or wounded", "some 82,000 of
/// the town's 260,000 residents have fled", "34 of the 129 remaining hostages": the first figure is part of the whole
/// after "of", takes the whole's people noun and nationality, and reads its verb after the whole's noun phrase. The
/// whole is a figure of its own (<see cref="PartitiveWhole"/>). A demonym of several words is the whole's noun ("of
/// the roughly 12,000 North Koreans deployed"). Golden cases: partitive_part_and_whole, partitive_of_a_demonym.
/// </summary>
internal sealed class Partitive : CountPhraseRule
{
    public static readonly Partitive Rule = new();

    private static readonly WordSet Determiners = WordLists.Set("partitiveDeterminers");

    private Partitive()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var of = phrase.TokenAfter;
        if (phrase.Noun >= 0 || !reader.Is(of, "of") || phrase.NextBound >= reader.Tokens.Count || !OnlyDeterminersBetween(reader, of + 1, phrase.NextBound))
        {
            return true;
        }
        var tokens = reader.Tokens;
        var k = phrase.NextBound + 1;
        var nationalities = new List<string>();
        for (var steps = 0; k < tokens.Count && steps < 6; steps++, k++)
        {
            if (!tokens[k].IsWord)
            {
                return true;
            }
            var w = reader.Word(k);
            // "25 of the 28 dead captives", "9 of the 26 deceased hostages": the part is of the held, named after the
            // metric word (DescribedHeld), which the walk steps over.
            if (DescribedHeld.At(reader, k, tokens.Count))
            {
                continue;
            }
            if (PeopleWords.IsPeopleNoun(w))
            {
                phrase.Noun = k;
                phrase.AfterCount = k + 1;
                phrase.PartOfWhole = true;
                MissingNationalities.AddTo(phrase.Nationalities, nationalities);
                return true;
            }
            if (Nationality.At(reader.Text, tokens, k) is { } n)
            {
                nationalities.Add(n.Nationality.Adjective);
                k += n.Tokens - 1;
                if (DemonymIsTheNoun(reader, n.Tokens, k))
                {
                    phrase.Noun = k;
                    phrase.AfterCount = k + 1;
                    phrase.PartOfWhole = true;
                    MissingNationalities.AddTo(phrase.Nationalities, nationalities);
                    return true;
                }
                continue;
            }
            if (!(ClaimLexicon.NounModifiers.Contains(w) || Determiners.Contains(w) || char.IsUpper(w[0]) || PeopleWords.IsDescribingWord(reader, k)))
            {
                return true;
            }
        }
        return true;
    }

    // "about 3,800 of the roughly 12,000 North Koreans deployed" (Unseen76 nikkei): a demonym of several words with no
    // people noun after it is the whole's noun itself, as PeopleNounPhrase reads "11,000 North Koreans".
    private static bool DemonymIsTheNoun(PeopleCountReader reader, int words, int last) =>
        words > 1 && ClaimLexicon.CivilianNouns.Contains(reader.Word(last))
        && !(last + 1 < reader.Tokens.Count && reader.Tokens[last + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(last + 1)));

    // "of the", "of the town's", "of El Fasher's", "of the remaining": determiners, names and a possessive only.
    private static bool OnlyDeterminersBetween(PeopleCountReader reader, int from, int to)
    {
        if (to - from > 5)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            var t = reader.Tokens[i];
            if (t.IsWord ? !(Determiners.Contains(reader.Word(i)) || char.IsUpper(reader.Text[t.Start]) || reader.Is(i, "s") || reader.Is(i, "town") || reader.Is(i, "city"))
                : reader.Text[t.Start] is not ('\'' or '’'))
            {
                return false;
            }
        }
        return true;
    }
}
