namespace ClaimTracker.Core.Claims;

/// <summary>
/// Subject of a count with a people noun: the noun and its nationalities ("10,000 North Korean troops"), or the
/// force or country named after it ("150 soldiers of the Sudanese army", "3,000 troops from Rwanda"); "30 others"
/// and a second bare metric noun ("38,500 Palestinians killed and 88,000 wounded") take the earlier count's people.
/// "30 others" in the next sentence take the people counted before it.
/// "N others" beside one person just named are people (<see cref="OthersBesideAPerson"/>), beside one soldier soldiers
/// (<see cref="OthersBesideASoldier"/>).
/// Golden cases: killed_and_wounded_others, coordinated_people_share_verb, troops_from_a_country, others_in_the_next_sentence.
/// </summary>
internal sealed class NamedPeople : CountPhraseRule
{
    public static readonly NamedPeople Rule = new();

    private static readonly WordSet Experiencer = WordLists.Set("experiencer");

    private NamedPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var noun = phrase.Noun;
        if (noun < 0)
        {
            return true;
        }
        var like = phrase.Like;
        if ((reader.Is(noun, "others") && like is not null)
            || (noun == phrase.TokenAfter && like is not null && ClaimLexicon.MetricNouns.Contains(reader.Word(noun)) && !ClaimLexicon.Captured.Contains(reader.Word(noun))))
        {
            draft.Nationalities = like!.Nationalities;
            draft.Noun = like.Noun;
            draft.Military = like.Military;
            draft.OthersOf = reader.Is(noun, "others") ? like : null;
            return true;
        }
        if (reader.Is(noun, "others") && like is null && OthersBesideAPerson.Follows(reader, phrase))
        {
            // "killing a 14-year-old and three others": people like the one just named, not the sentences before's.
            (draft.Nationalities, draft.Noun, draft.Military) = ([], "people", false);
            return true;
        }
        if (reader.Is(noun, "others") && like is null && OthersBesideASoldier.Nation(reader, phrase) is { } nation)
        {
            // "A reserve soldier was killed and two others were wounded": the soldier's comrades.
            (draft.Nationalities, draft.Noun, draft.Military) = (nation.Length > 0 ? [nation] : [], "troops", true);
            return true;
        }
        if (reader.Is(noun, "others") && like is null && phrase.Antecedent() is { } before)
        {
            // "…pulled the bodies of 19 people from the homes. At least 30 others had been wounded": the people before.
            draft.Nationalities = before.Nationalities;
            draft.Noun = before.Noun;
            draft.Military = before.Military;
            return true;
        }
        SubjectNoun.Give(reader, draft, noun);
        if (phrase.Nationalities.Count > 0)
        {
            draft.Nationalities = phrase.Nationalities;
        }
        else if (NationalityAfter(reader, noun + 1, phrase.NextBound) is { } owner)
        {
            draft.Nationalities = [owner];
        }
        return true;
    }

    // "150 soldiers of the Sudanese army", "3,000 troops from Rwanda": the people belong to the force or country named after them.
    private static string? NationalityAfter(PeopleCountReader reader, int from, int nextBound)
    {
        if (!(reader.Is(from, "of") || reader.Is(from, "from")))
        {
            return null;
        }
        var text = reader.Text;
        var tokens = reader.Tokens;
        var at = reader.Is(from + 1, "the") ? from + 2 : from + 1;
        if (at >= nextBound || Nationality.At(text, tokens, at) is not { } n)
        {
            return null;
        }
        // "of the Russian army" names a force; "of Ukrainian cities" does not name the people.
        var next = at + n.Tokens;
        if (reader.Is(from, "from") && CountrysPlace.After(reader, next, nextBound))
        {
            return null;
        }
        var force = next < nextBound && tokens[next].IsWord && (Experiencer.Contains(reader.Word(next)) || reader.Is(next, "navy") || reader.Is(next, "police"));
        // "troops from Rwanda" names a country; "troops from Russian units" an adjective of something else.
        var country = !text.AsSpan(tokens[at].Start, tokens[next - 1].End - tokens[at].Start).Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase);
        return force || (country && reader.Is(from, "from")) ? n.Nationality.Adjective : null;
    }
}
