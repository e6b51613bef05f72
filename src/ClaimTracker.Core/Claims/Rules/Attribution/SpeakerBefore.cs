using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Speaker before the verb: "the ministry said", "Skibitskyi, deputy chief of …, told", "the enclave's health
/// ministry said", over adverbs ("the NIS also stated"), an aside that closes the name and one between commas
/// ("Russia's Defence Ministry, for its part, said"). The last frame: every other reporting verb reads this way.
/// Golden cases: spy_agency_says, the_ministry_estimated, possessive_attributor_keeps_its_possessor,
/// un_refugee_agency_displaced, sudan_army_said, aside_for_its_part, aside_which_before_said,
/// quote_then_the_general_told, state_media_reported_comma_before, registry_name_ending_in_lower_case, said_on_a_weekday_then_it.
/// </summary>
internal sealed class SpeakerBefore : AttributionFrame
{
    public static readonly SpeakerBefore Frame = new();

    private static readonly WordSet AsideLeads = WordLists.Set("asideLeads");
    private static readonly WordSet Negations = new("not", "never");

    private SpeakerBefore()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var (verb, apposition) = AfterAside(text, tokens, cue);
        if (verb > 0 && tokens[verb - 1].IsWord && Negations.Contains(AttributionFinder.Word(text, tokens[verb - 1])))
        {
            // "…; it does not say how many were fighters": a speaker who does not say gives no figure (golden case
            // the_ministrys_count_opens_the_sentence).
            return true;
        }
        AddSpeaker(text, tokens, verb, tokens[cue].Start, apposition, mentions, into);
        return true;
    }

    /// <summary>
    /// Where the speaker's name ends: right before the verb, or before an aside that opens with a lead word (", for
    /// its part,", ", which has fought the RSF since 2023,"); and whether a capitalised name and a comma stand there
    /// (an apposition: "Skibitskyi, deputy chief of …, told").
    /// </summary>
    public static (int Verb, bool Apposition) AfterAside(string text, List<Token> tokens, int verb)
    {
        var hasBefore = verb > 0;
        var before = hasBefore ? tokens[verb - 1] : default;
        if (hasBefore && !before.IsWord && text[before.Start] == ',' && AsideStart(text, tokens, verb - 1) is var aside and > 0)
        {
            verb = aside;
            before = tokens[verb - 1];
        }
        var apposition = hasBefore && !before.IsWord && text[before.Start] == ',' && verb >= 2 && tokens[verb - 2].IsWord
            && char.IsUpper(text[tokens[verb - 2].Start]);
        return (verb, apposition);
    }

    // Given the comma that closes an aside, the index of the comma that opens it, or -1.
    private static int AsideStart(string text, List<Token> tokens, int closing)
    {
        for (var k = closing - 1; k > 0 && k >= closing - 16; k--)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                return k + 1 < closing && tokens[k + 1].IsWord && (AsideLeads.Contains(AttributionFinder.Word(text, tokens[k + 1])) || ParticipleAside.Opens(text, tokens, k))
                    && k > 0 && tokens[k - 1].IsWord ? k : -1;
            }
        }
        return -1;
    }

    private static void AddSpeaker(string text, List<Token> tokens, int verb, int position, bool apposition, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (AddPronounOrRelative(text, tokens, verb, position, mentions, into))
        {
            return;
        }
        var end = ForOnesPart.Skip(text, tokens, verb - 1);
        // "The UN said Friday it had recorded 410 killings": a weekday is a time whatever its capital, never the speaker
        // of the verb after it (Golden case: said_on_a_weekday_then_it).
        while (end >= 0 && tokens[end].IsWord && ClaimLexicon.AttributorAdverbs.Contains(AttributionFinder.Word(text, tokens[end]))
               && (!char.IsUpper(text[tokens[end].Start]) || ClaimTime.Weekdays.Contains(AttributionFinder.Word(text, tokens[end])))
               && !BodysDocument.Names(text, tokens, end))
        {
            end--;
        }
        if (ToldAudiencesPronoun.Crossed(text, tokens, end, verb))
        {
            return;
        }
        end = PerceivedSpeech.Skip(text, tokens, SceneAfterSpeaker.Skip(text, tokens, end));
        // "The NIS (NIS) reported", "Skibitskyi, deputy chief of …, told": an aside closes the name.
        if (end >= 1 && !tokens[end].IsWord && text[tokens[end].Start] is ')' or ',' && tokens[end - 1].IsWord && AttributionFinder.IsNameWord(text, tokens[end - 1]))
        {
            end--;
        }
        if (end < 0 || !tokens[end].IsWord)
        {
            return;
        }
        if (!AttributionFinder.IsNameWord(text, tokens[end]))
        {
            // "The health ministry in the Hamas-run territory said": a registry name may end in a lower-case word.
            AddRegistryName(text, tokens, end, position, mentions, into);
            return;
        }
        if (ClaimLexicon.Pronouns.Contains(AttributionFinder.Word(text, tokens[end])) && end > 0 && tokens[end - 1].IsWord)
        {
            // "In a video address on Sunday he said": the pronoun alone speaks (Golden case: pronoun_after_a_time_phrase).
            AttributionFinder.Add(text, tokens, end, end, AttributorCue.Verb, position, mentions, into);
            return;
        }
        // Only an apposition right before the verb ("Skibitskyi, deputy chief of …, told") lets the name run back over a comma.
        var acrossCommas = apposition || (end + 1 < verb && !tokens[end + 1].IsWord && text[tokens[end + 1].Start] == ',');
        var start = NameStart(text, tokens, end, acrossCommas);
        // "the enclave's health ministry": a possessive takes its possessor along, whatever word that is, and its article.
        if (start >= 1 && !tokens[start].IsWord && text[tokens[start].Start] is '’' or '\'' && tokens[start - 1].IsWord)
        {
            start--;
            if (start >= 1 && AttributionFinder.Is(text, tokens[start - 1], "the"))
            {
                start--;
            }
        }
        // A registry name that ends where the words do reaches back further than the word lists ("the UN refugee agency").
        foreach (var mention in AttributionFinder.MentionsEndingAt(mentions, tokens[end].End))
        {
            while (start > 0 && tokens[start].Start > mention.Start)
            {
                start--;
            }
        }
        AttributionFinder.Add(text, tokens, start, end, AttributorCue.Verb, position, mentions, into);
    }

    // A speaker the walk back over names would misread: "it" after a fronted phrase (FrontedPhrasePronoun), a new body
    // before ", which said" (IndefiniteAntecedent), "it" opening a clause right before the verb, and plural hospitals
    // (UnnamedHospitals), a lower-case noun the walk stops at.
    private static bool AddPronounOrRelative(string text, List<Token> tokens, int verb, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var (start, last) = IndefiniteAntecedent.Find(text, tokens, verb);
        if (start < 0)
        {
            start = last = FrontedPhrasePronoun.At(text, tokens, verb);
        }
        var end = verb - 1;
        if (start < 0 && end >= 0 && tokens[end].IsWord && ClaimLexicon.BodyPronouns.Contains(AttributionFinder.Word(text, tokens[end]))
            && (end == 0 || !tokens[end - 1].IsWord))
        {
            // "…, it said", "It estimated": the pronoun opening a clause right before the verb speaks; it is no adverb
            // to read past as in "in a statement it said", and "under which it says" stays a clause of the sentence's
            // own speaker (Golden case: it_said_continues_the_monitor).
            start = last = end;
        }
        if (start < 0 && UnnamedHospitals.SpeakAt(text, tokens, end, verb))
        {
            // "Local hospitals said": the plural facilities and the words naming them speak, no one hospital.
            (start, last) = (NameStart(text, tokens, end, acrossCommas: false), end);
        }
        if (start < 0)
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, start, last, AttributorCue.Verb, position, mentions, into);
        return true;
    }

    // The registry name that ends at token end, if one does (Golden case: registry_name_ending_in_lower_case).
    private static void AddRegistryName(string text, List<Token> tokens, int end, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        // "Lebanese civil defence teams said": the name ends before its teams (BodysTeams).
        foreach (var mention in AttributionFinder.MentionsEndingAt(mentions, tokens[BodysTeams.BodyEnd(text, tokens, end)].End))
        {
            var start = end;
            while (start > 0 && tokens[start].Start > mention.Start)
            {
                start--;
            }
            if (start > 0 && AttributionFinder.Is(text, tokens[start - 1], "the"))
            {
                start--;
            }
            AttributionFinder.Add(text, tokens, start, end, AttributorCue.Verb, position, mentions, into);
            return;
        }
    }

    // The first token of the name that ends at token end, reading back over name words (and over commas only across an apposition).
    private static int NameStart(string text, List<Token> tokens, int end, bool acrossCommas)
    {
        var start = end;
        var words = 0;
        while (start - 1 >= 0 && words < AttributionFinder.MaxWords)
        {
            var t = tokens[start - 1];
            if (t.IsWord)
            {
                if (!(AttributionFinder.IsNameWord(text, t) || KindOfDocument.Before(text, t, tokens[start])) || char.IsDigit(text[t.Start]))
                {
                    if (!FacilitySpeaker.PlacedBy(text, tokens, start - 1))
                    {
                        break;
                    }
                }
            }
            else
            {
                var c = text[t.Start];
                if (c == ',' && PlaceApposition.Opening(text, tokens, start - 1, end) is var opening and >= 0)
                {
                    // "The Emergency Room in Sudan's capital, Khartoum, announced": over the apposed place to the body.
                    words += start - opening;
                    start = opening;
                    continue;
                }
                if (c == ',')
                {
                    // "Skibitskyi, deputy chief of …" is one name; "Belarus, the border service" is not.
                    if (!acrossCommas || start - 2 < 0 || !tokens[start - 2].IsWord || !char.IsUpper(text[tokens[start - 2].Start])
                        || AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[start])))
                    {
                        break;
                    }
                }
                else if (c is not ('’' or '\'' or '-' or '.' or '(' or ')' or '&') || SpacedDash(text, t))
                {
                    break;
                }
            }
            start--;
            words++;
        }
        return start;
    }

    // "BEIRUT (AFP) - Lebanon reported": a hyphen with a space beside it is a dash after the dateline, not part of a
    // hyphenated name ("Al-Aqsa"), so the speaker's name starts after it (Golden case: a_spaced_dash_ends_the_dateline;
    // Unseen21 afp-lebanon-strikes-two-dead-truce).
    private static bool SpacedDash(string text, Token t) =>
        text[t.Start] == '-' && ((t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1])) || (t.End < text.Length && char.IsWhiteSpace(text[t.End])));
}
