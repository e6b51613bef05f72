namespace ClaimTracker.Core.Claims;

/// <summary>
/// People noun phrase: what follows the number up to its people noun, perhaps after a nationality ("10,000 North
/// Korean troops"), "more", a possessive ("of its soldiers") or describing words ("3,000 junta soldiers"); "of them"
/// ends it. Sets <see cref="CountPhrase.Noun"/>, <see cref="CountPhrase.AfterCount"/> and what it saw on the way.
/// Golden cases: nationality_before_death_toll, unlisted_word_before_people, relative_pronoun_them,
/// will_send_further, vague_thousands_more_expected, wounded_before_the_people, colleagues_and_drivers_are_people,
/// fallen_before_the_people, compound_trade_before_the_people, red_crescent_before_the_people, demonym_before_its_noun,
/// forces_named_by_their_owner, lost_of_its_own_are_dead, age_compound_between_a_count_and_its_noun.
/// </summary>
internal sealed class PeopleNounPhrase : CountPhraseRule
{
    public static readonly PeopleNounPhrase Rule = new();

    private static readonly WordSet Possessives = WordLists.Set("possessives");
    private static readonly WordSet ObjectStarts = WordLists.Set("objectStarts");

    private PeopleNounPhrase()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var text = reader.Text;
        var tokens = reader.Tokens;
        var k = phrase.TokenAfter;
        for (var steps = 0; k < phrase.NextBound && steps < 8; steps++, k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                // "killed "dozens" of fighters": a figure in quotation marks still counts the people after it.
                if (text[t.Start] is '-' or '’' or '\'' or '"' or '“' or '”' || DashedRow.At(reader, phrase, k))
                {
                    continue;
                }
                break;
            }
            var w = reader.Word(k);
            if (PeopleWords.IsPeopleNoun(w) && DescribesPeopleAfter(reader, k, phrase.NextBound))
            {
                phrase.DescribingMetric ??= MetricWord.At(reader, k, k + 1);
                continue;
            }
            if ((PeopleWords.IsPeopleNoun(w) && !DemonymBeforeItsNoun(reader, k, phrase.NextBound, phrase.Number.Value == 1))
                || (phrase.Number.Value == 1 && ClaimLexicon.SingularPeople.Contains(w)))
            {
                phrase.Noun = k;
                break;
            }
            if (Nationality.At(text, tokens, k) is { } n)
            {
                if (!phrase.Nationalities.Contains(n.Nationality.Adjective))
                {
                    phrase.Nationalities.Add(n.Nationality.Adjective);
                }
                k += n.Tokens - 1;
                // "11,000 North Koreans", "some 5,000 South Sudanese": a demonym of several words is the people noun itself.
                if (n.Tokens > 1 && ClaimLexicon.CivilianNouns.Contains(reader.Word(k)) && !NounFollows(reader, k + 1, phrase.NextBound))
                {
                    phrase.Noun = k;
                    break;
                }
                continue;
            }
            if (StrengthUnit.At(reader, k, phrase.NextBound) is var unit and >= 0) // "its 1,000-strong contingent"
            {
                phrase.Noun = unit;
                break;
            }
            if (ReadWord(reader, phrase, k, w) is { } go)
            {
                k += go.Skip;
                if (go.Stop)
                {
                    break;
                }
                continue;
            }
            break;
        }
        phrase.AfterCount = phrase.Noun >= 0 ? phrase.Noun + 1 : k;
        return true;
    }

    // "two wounded North Korean soldiers", "50 dead civilians": a metric word describing the people named right after it.
    // "the 28 dead captives": the held noun after the metric word names them (DescribedHeld).
    private static bool DescribesPeopleAfter(PeopleCountReader reader, int k, int nextBound)
    {
        if (!ClaimLexicon.MetricNouns.Contains(reader.Word(k)) || k + 1 >= nextBound || !reader.Tokens[k + 1].IsWord)
        {
            return false;
        }
        var next = reader.Word(k + 1);
        // "the 240 hostages Israel says are held": a nation's name before a reporting verb speaks (SpeakerAfterTheNoun).
        return (Nationality.At(reader.Text, reader.Tokens, k + 1) is not null && !SpeakerAfterTheNoun.At(reader, k + 1, nextBound)) || ClaimLexicon.MilitaryNouns.Contains(next)
            || ClaimLexicon.IrregularNouns.Contains(next) || (ClaimLexicon.CivilianNouns.Contains(next) && !ClaimLexicon.MetricNouns.Contains(next))
            || DescribedHeld.At(reader, k, nextBound);
    }

    // "two Lebanese soldiers", "five Sudanese civilians": a demonym that is also a plural noun ("the Lebanese") only
    // describes when a people noun follows; the noun after it is the count's, the demonym its nationality.
    private static bool DemonymBeforeItsNoun(PeopleCountReader reader, int k, int nextBound, bool one)
    {
        if (k + 1 >= nextBound || !reader.Tokens[k + 1].IsWord)
        {
            return false;
        }
        var next = reader.Word(k + 1);
        return (ClaimLexicon.MilitaryNouns.Contains(next) || ClaimLexicon.CivilianNouns.Contains(next) || ClaimLexicon.IrregularNouns.Contains(next)
                || (one && ClaimLexicon.SingularPeople.Contains(next)))
            && !ClaimLexicon.MetricNouns.Contains(next) && Nationality.At(reader.Text, reader.Tokens, k) is { Tokens: 1 };
    }

    // "South Sudanese soldiers": the demonym describes the noun after it.
    private static bool NounFollows(PeopleCountReader reader, int next, int nextBound) =>
        next < nextBound && reader.Tokens[next].IsWord && (PeopleWords.IsPeopleNoun(reader.Word(next)) || ClaimLexicon.NounModifiers.Contains(reader.Word(next)));

    // "of them", "of whom", "those"; and "the unit lost seven of its own": "own" after a possessive, with no noun after
    // it, points back to the owner's people as "of them" does (golden case lost_of_its_own_are_dead).
    private static bool PointsBack(PeopleCountReader reader, int k, ReadOnlySpan<char> w, int nextBound) =>
        w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase) || w.Equals("those", StringComparison.OrdinalIgnoreCase)
        || (w.Equals("own", StringComparison.OrdinalIgnoreCase) && reader.IsIn(k - 1, Possessives) && !NounFollows(reader, k + 1, nextBound));

    private static bool IsParticipleAdjective(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal) && !PeopleWords.VerbStarts.Contains(w) && !ClaimLexicon.MetricNouns.Contains(w);

    // One word between the number and its noun: null ends the phrase; else whether it ends there and how many more
    // tokens it takes.
    private static (bool Stop, int Skip)? ReadWord(PeopleCountReader reader, CountPhrase phrase, int k, ReadOnlySpan<char> w)
    {
        if (ClauseAfterCount.Opens(reader, phrase, k))
        {
            return null;
        }
        if (ClaimLexicon.IncrementTrue.Contains(w) && !w.Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            phrase.More = true;
        }
        // "killed at 300 and the number wounded at 2,700": "and the" starts another noun phrase, not this one's.
        if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && reader.Is(k + 1, "the"))
        {
            return null;
        }
        if (w.Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            phrase.More = true;
            return (k + 1 < reader.Tokens.Count && reader.Is(k + 1, "than"), 0);
        }
        if (Possessives.Contains(w))
        {
            phrase.SawPossessive = true;
        }
        if (ForcesOwner.IsPossessiveEnding(reader, k))
        {
            if (ForcesOwner.Of(reader, k) is { } owner && !phrase.Nationalities.Contains(owner.Adjective))
            {
                phrase.Nationalities.Add(owner.Adjective);
            }
            return (false, 0);
        }
        if (PointsBack(reader, k, w, phrase.NextBound))
        {
            phrase.SawThem = true;
            return (true, 1);
        }
        // "Five Red Crescent volunteers": a capitalised word of three letters is a name ("Red"), not an "-ed" verb form.
        if (ClaimLexicon.NounModifiers.Contains(w) || (char.IsUpper(w[0]) && !reader.Sentence.IsHeading && (w.Length <= 3 || !PeopleWords.IsVerbLike(w))))
        {
            return (false, 0);
        }
        // "three of the hospital's nurses", "two of the agency's drivers": a possessive noun before the people noun.
        if (k + 3 < phrase.NextBound && !reader.Tokens[k + 1].IsWord && reader.Text[reader.Tokens[k + 1].Start] is '\'' or '’' && reader.Is(k + 2, "s")
            && reader.Tokens[k + 3].IsWord && PeopleWords.IsPeopleNoun(reader.Word(k + 3)))
        {
            return (false, 2);
        }
        // "3,000 junta soldiers", "500 paramilitary fighters", "300 unaccompanied minors": a word the lists do not know,
        // right before a people noun.
        if ((PeopleWords.IsDescribingWord(reader, k) || IsParticipleAdjective(w)) && k + 1 < phrase.NextBound && reader.Tokens[k + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(k + 1))
            && !VerbWithObject(reader, k + 1, phrase.NextBound))
        {
            return (false, 0);
        }
        if (CompoundBeforeNoun(reader, k, phrase.NextBound) is { } skip)
        {
            return (false, skip);
        }
        return null;
    }

    // A compound before the people noun; the tokens to skip past its first word, or null.
    private static int? CompoundBeforeNoun(PeopleCountReader reader, int k, int nextBound)
    {
        // "two 13-year-old boys": an age compound (AgeCompound).
        if (AgeCompound.Before(reader, k, nextBound) is { } age)
        {
            return age;
        }
        // "another nine malnutrition-related deaths": a hyphenated cause compound (HyphenatedDescriber). A noun with no
        // verb's form takes no object: "12 famine-related deaths over the past day" keeps its deaths (golden case
        // cause_compound_deaths_over_a_period); where nothing follows the noun the phrase still ends as before.
        if (HyphenatedDescriber.At(reader, k, nextBound) && !(VerbWithObject(reader, k + 3, nextBound) && (PeopleWords.IsVerbLike(reader.Word(k + 3)) || k + 4 >= nextBound)))
        {
            return 2;
        }
        // "9,000 war-wounded patients": the first part of a fate compound is passed; the fate then describes the noun.
        if (FateCompound.At(reader, k, nextBound))
        {
            return 0;
        }
        // "1,000 mine clearance specialists", "200 field hospital staff": a compound of two unlisted words naming a trade.
        if (PeopleWords.IsDescribingWord(reader, k) && k + 2 < nextBound && reader.Tokens[k + 1].IsWord && PeopleWords.IsDescribingWord(reader, k + 1)
            && reader.Tokens[k + 2].IsWord && PeopleWords.IsPeopleNoun(reader.Word(k + 2)) && !VerbWithObject(reader, k + 2, nextBound))
        {
            return 0;
        }
        return null;
    }

    // "strikes on two villages killed seven people": a fate word that takes an object (the next count, or a determiner
    // or hedge, counts.json objectStarts) is the sentence's verb, not the people after the number's noun
    // ("villages"); "three seriously injured" has no object. Golden case: places_before_the_verb_are_no_people.
    private static bool VerbWithObject(PeopleCountReader reader, int verb, int nextBound)
    {
        var w = reader.Word(verb);
        if (!ClaimLexicon.MetricNouns.Contains(w) || ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.CivilianNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w))
        {
            return false;
        }
        // "internally displaced people", "seriously wounded soldiers": an adverb makes the participle describe them.
        if (reader.Word(verb - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var next = verb + 1;
        return next == nextBound || (reader.IsIn(next, ObjectStarts));
    }
}
