using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Who "the army", "the group" or "he" stands for, as a reader would take it. Rules, in order:
/// a country named before the anaphor in its sentence ("In neighbouring Mali, the army said") picks that country's
/// body; a personal pronoun continues the speaker of the sentence before; any other anaphor takes the nearest
/// fitting source named in the sentences just before it, else the attributor carried from before.
/// </summary>
internal sealed class AnaphorResolver(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, SourceRegistry registry, string? dateline)
{
    private const int SentencesBack = 2;
    private const int JoinedGap = 12;
    private static readonly WordSet FirstPerson = new("we", "i");
    private readonly List<Token> tokens = [];
    private readonly EstablishedDescription established = new();
    private readonly ShortenedDescription shortened = new();
    private readonly FigureAuthor author = new();
    private readonly MinistersHomeCountry ministersHome = new();
    private readonly SpeakerOfKind ofKind = new();
    private readonly StorysMinistry storysMinistry = new();
    private readonly SameBodyAnaphor same = new();
    private readonly AnaphorNames names = new();
    private readonly ResumedSpeaker resumed = new(sentences);

    /// <summary>Sentence <paramref name="si"/>'s attributors are resolved (<see cref="ResumedSpeaker"/>).</summary>
    public void Heard(int si, List<Attributor>? own) => resumed.Heard(si, own);

    /// <summary>A speaker of sentence attributors resolved so far, for "the same group" (<see cref="SameBodyAnaphor"/>).</summary>
    public void Spoke(Attributor speaker) => same.Spoke(speaker.Source);

    /// <summary>Speakers named in full so far, by surname ("Saab told reporters").</summary>
    public SurnameSpeaker Surnames { get; } = new(text);

    /// <summary>"According to Ibrahim" after "Salwa Adam Ibrahim, a senior official at the … Commission,": that body, or null.</summary>
    public SourceDefinition? ApposedSurname(Attributor speaker) => Surnames.FindApposed(speaker, mentions);

    /// <summary>"MSF medical coordinator in southern Gaza, Pieter Vandamme, said": the body the fronted title names, or null.</summary>
    public SourceDefinition? FrontedTitle(Attributor speaker) => Surnames.FindFronted(speaker, mentions);

    /// <summary>"We have collected 28 bodies," a rescue worker said: inside a quote, "we" is the speaker, named elsewhere.</summary>
    public static bool IsFirstPerson(Attributor a) => a.IsAnaphor && FirstPerson.Contains(a.Text);

    /// <summary>Sentence <paramref name="si"/> is done: the body its own frame credited its figures to (<see cref="FigureAuthor"/>).</summary>
    public void Authored(int si, List<ClaimDraft> drafts, int first, int end)
    {
        author.Learn(si, drafts, first, end);
        ofKind.Learn(drafts, first, end);
        ministersHome.Learn(drafts, first, end);
    }

    /// <summary>The source of an anaphoric attributor in sentence <paramref name="si"/>; null where nobody fits.</summary>
    public SourceDefinition? Resolve(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        // "the statement said" after a quote: the body that issued the statement (IntroducedDocument), before the quoted
        // speaker; "the former"/"the latter": one of the two bodies named just before (FormerOrLatter); "the same
        // group": a body that spoke (SameBodyAnaphor).
        var relayed = false;
        var source = (BodysDocument.IsDocument(anaphor.Text) ? IntroducedDocument.Author(text, sentences, mentions, si, anaphor.Text, out relayed) : null);
        if (relayed)
        {
            return null;
        }
        source ??= FormerOrLatter.Find(sentences, mentions, si, anaphor) ?? same.Find(text, anaphor, mentions) ?? ResolveOnce(anaphor, si, carried, previousSentence) ?? BriefedBy(anaphor, si, carried, previousSentence)
            ?? CivilBodyInItsSentence(anaphor, si);
        // "the regional government": the region's, never the state's (RegionalGovernment).
        if (RegionalGovernment.IsBareAdministration(anaphor.Text))
        {
            // "A regional administration statement said" with none named keeps the country's government it was read as;
            // any other body found for the bare words (a city's administration, an emergency service) is not theirs.
            source = RegionalGovernment.Body(source, anaphor.Start, mentions, text, anaphor.Text, bare: true)
                ?? (source is not null && CountrysGovernment(source) ? source : null);
        }
        else if (RegionalGovernment.Is(anaphor.Text))
        {
            source = RegionalGovernment.Body(source, anaphor.Start, mentions);
        }
        // "the regional police", "the regional governor" after another region is named: no region's administration.
        else if (source is not null && RegionalHead.Refuses(text, sentences[si].Start, anaphor, source))
        {
            return null;
        }
        if (source is not null && ForceNamedActing.Reads(anaphor.Text) && ForceNamedActing.Holds(text, source, anaphor.Start, mentions, same.HasSpoken))
        {
            // "… said the RSF had hit the site. “…,” it said": the force struck, the speaker carried spoke (ForceNamedActing).
            source = carried?.Source is { } c && c != source && AnaphorFit.Fits(anaphor.Text, c) ? c : null;
        }
        established.Remember(anaphor.Text, source);
        storysMinistry.Remember(anaphor.Text, source);
        shortened.Remember(anaphor.Text, source, si);
        return source;
    }

    // "Ukrainian government": a country's government, not a region's ("Darfur regional government") or a city's.
    private static bool CountrysGovernment(SourceDefinition source) =>
        source.Name.EndsWith(" government", StringComparison.Ordinal) && !source.Name.Contains("regional", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "according to the lawmakers", "Park Sun-won, a member of the parliamentary intelligence committee, said": the
    /// intelligence service the story says briefed them (<see cref="LawmakersBriefer"/>), resolved as "the spy agency" would be.
    /// </summary>
    /// <remarks>A place in the lawmaker's sentence is the counted's ("Most of the dead were cremated in Russia, the lawmaker
    /// said"), not the briefer's: it is not read, or "the spy agency" became Russia's and the story's later lawmakers
    /// took it over the NIS (Unseen39 kbsworld-nis-briefing-casualties-4820; golden case
    /// a_place_in_the_lawmakers_sentence_is_not_the_briefers; branch source62).</remarks>
    public SourceDefinition? BriefedBy(Attributor speaker, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        if (LawmakersBriefer.StandsFor(text, sentences, si, speaker, tokens, mentions) is not { } stands)
        {
            return null;
        }
        placeUnread = true;
        try
        {
            return ResolveOnce(speaker with { Text = stands, IsAnaphor = true }, si, carried, previousSentence);
        }
        finally
        {
            placeUnread = false;
        }
    }

    // Set while a briefed lawmaker's service is resolved (see BriefedBy).
    private bool placeUnread;

    // "the group" after "an activist group" described (DescribedBody); "the agency" after a body called an Agency by name
    // (AgencyCalledSo): found, with the registry's body or null for an unregistered one.
    private (bool Found, SourceDefinition? Body) DescribedOrCalled(Attributor anaphor, int si) =>
        DescribedBody.Find(text, sentences[Math.Max(0, si - SentencesBack)].Start, anaphor, mentions, tokens) is (true, var described)
            ? (true, described)
            : AgencyCalledSo.Find(text, sentences[Math.Max(0, si - 1)].Start, anaphor, mentions, tokens);

    private SourceDefinition? ResolveOnce(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        if (DescriptionBeforeName.Owner(anaphor.Text) is { } spokenFor)
        {
            // "A spokeswoman for the service told CNN": whoever "the service" is; "a local resistance group said … A spokesman for the group said": that unregistered
            // group (golden case: a_spokeswoman_for_the_service_speaks_for_it; Reporting myanmar-monastery-strike).
            return SpeaksForUnregistered(spokenFor, carried, previousSentence) ? null : Resolve(anaphor with { Text = spokenFor }, si, carried, previousSentence);
        }
        if (Indefinite.Contains(FirstWord(anaphor.Text)) || (!IsPronoun(anaphor) && !OwnArticle(anaphor) && IndefiniteBefore(anaphor.Start)))
        {
            // "a local medical group said": a new speaker; a pronoun's article is a fronted phrase's (golden case it_after_in_a_statement_continues_the_group).
            return null;
        }
        if (ClaimLexicon.BodyPronouns.Contains(anaphor.Text))
        {
            return ItsBody(anaphor, si, carried, previousSentence);
        }
        if ((CountrysBody.Find(text, CountryNamedFrom(si), anaphor, registry) ?? CountrysMinister(anaphor, si) ?? HomeArmyOf(anaphor, si) ?? NamedArmysOwnDead(anaphor, si)) is { } body)
        {
            return body;
        }
        if (TitledNameBefore.Find(text, sentences, si, anaphor, mentions) is (true, var titled))
        {
            return titled;
        }
        if (PossessiveSpeaker.Owner(anaphor.Text) is { } owner)
        {
            // "The group's spokesman said": the group speaks, found as "the group said" would be; after a body the
            // registry does not hold, named in the sentence before, that body (NamedGroupBefore).
            return NamedGroupBefore.Holds(owner, GroupNouns, previousSentence) ? null : Resolve(anaphor with { Text = owner }, si, carried, previousSentence);
        }
        if (DescribedOrCalled(anaphor, si) is (true, var described))
        {
            return described;
        }
        // "the spy agency" after "the country's spy agency", "the group" right after "the medical group": the body the
        // story called so, unless the sentence names another country first ("In Lebanon, the health ministry said").
        if ((established.Find(anaphor.Text) ?? shortened.Find(anaphor.Text, si)) is { } known && (CountryBefore(anaphor, si) is not { } other || other == known.Country))
        {
            return known;
        }
        if (BasedPlace(anaphor, si) is { } place && OfCountry(anaphor, place) is { } based)
        {
            return based;
        }
        // "… were also in Russia, the spy agency said" under a Seoul dateline: the place is the counted's, not the service's.
        if (!PersonalPronounSpeaker.IsPersonal(anaphor.Text) && CountryBefore(anaphor, si) is { } country && !TerritoryWithoutArmy.Skips(anaphor.Text, country)
            && !(HomeSpyService.Is(anaphor.Text) && DatelineBody(anaphor) is not null))
        {
            return InPlace(anaphor, si, carried, country);
        }
        if (ClaimLexicon.Pronouns.Contains(anaphor.Text))
        {
            return Pronoun(anaphor, si, carried, previousSentence);
        }
        if (UnregisteredSpeakerContinues.Holds(anaphor.Text, carried))
        {
            return null;
        }
        return ofKind.Prefer(anaphor.Text, Nearest(anaphor, si, carried, previousSentence));
    }

    // The fitting body named or carried nearest before the anaphor (<see cref="SpeakerOfKind"/> may prefer another).
    private SourceDefinition? Nearest(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        // "Two Hezbollah fighters were killed …, the group said" after the Israeli army spoke: the armed group the
        // anaphor's own sentence names, nearest first, before a speaker of another kind; one named only in a sentence
        // before is the medical group's subject, not the group (golden cases: the_group_is_the_armed_group_named_beside_it,
        // the_group_is_the_body_that_spoke).
        if (LastMentionInSentence(anaphor, si, s => AnaphorFit.IsArmedGroup(anaphor.Text, s)) is { } group)
        {
            return group;
        }
        // "The Sudan Doctors Network said … “The RSF targeted …” … The network said": the body the noun names, before
        // the nearest one it merely describes (Golden case: network_names_past_the_group_quoted).
        if ((LastNamed(anaphor, si) ?? PreviousSpeaker(anaphor, previousSentence)
            ?? MinistryCalledAgency.Find(anaphor.Text, previousSentence) ?? LastMention(anaphor, si, s => AnaphorFit.Describes(anaphor.Text, s))) is { } described)
        {
            return described;
        }
        if (AnaphorFit.IsCivil(anaphor.Text) && PeopleCountry(anaphor, si) is { } own && OfCountry(anaphor, own) is { } government)
        {
            // "About 60,000 Israelis remain displaced, the government says": the people's, before one carried from "Israel says".
            return government;
        }
        if (storysMinistry.Over(anaphor.Text, carried?.Source) is { } ministry)
        {
            return ministry;
        }
        if (carried?.Source is { } c && AnaphorFit.Fits(anaphor.Text, c) && (!AnaphorFit.IsSpecific(anaphor.Text) || AnaphorFit.Names(anaphor.Text, c)))
        {
            return c;
        }
        // The army the article named last (Golden: anaphor_reaches_the_body_it_names); else the place the sentence names before
        // the dateline ("Sudan's war has killed 28,000, according to the health ministry" datelined Cairo, "Israel's war on Gaza"
        // datelined Jerusalem: golden cases health_ministry_of_the_country_the_sentence_names, the_place_named_beats_the_dateline).
        return LastFittingMention(anaphor) ?? (HomeSpyService.Is(anaphor.Text) ? DatelineBody(anaphor) : null)
            ?? (PlaceCountry(anaphor, si) is { } named ? OfCountry(anaphor, named) : null) ?? RescueServiceOfThePlaceBefore(anaphor, si)
            ?? DatelineBody(anaphor) ?? GovernmentOfThePlaceBefore(anaphor, si) ?? OwnDeadsArmy(anaphor, si);
    }

    private static readonly string[] RescueServiceKinds = [.. WordLists.Set("rescueServiceKinds").Words];

    // "BEIRUT — … In Ukraine, a Russian missile struck a block of flats in Dnipro. The emergency service said nine people
    // were killed": in a round-up a rescue service named by its kind alone (people.json rescueServiceKinds), with no
    // place in its own sentence, is the service of the place the sentence just before it (same paragraph) stands in,
    // not the dateline's, which has no such service or another one (branch source90; golden case
    // a_rescue_service_takes_the_place_of_the_sentence_before). Read only once every other reading has failed and only
    // for a rescue service's words, so no other anaphor changes.
    private SourceDefinition? RescueServiceOfThePlaceBefore(Attributor anaphor, int si)
    {
        if (si == 0 || sentences[si - 1].Paragraph != sentences[si].Paragraph || !Array.Exists(RescueServiceKinds, k => anaphor.Text.Contains(k, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return PlaceCountryIn(sentences[si - 1].Start, sentences[si - 1].End) is { } place ? OfCountry(anaphor, place) : null;
    }

    // "… children had been killed in Lebanon over the week, [a UNICEF head] said. The number displaced had risen to more
    // than 1 million, according to government reports": with no country in its own sentence, no dateline and a carried
    // speaker of no country, "the government" is that of the place the sentence just before (same paragraph) stands in,
    // as a reader takes it (Unseen70 sowetan-reuters-unicef-200-children-lebanon; branch source47; golden case
    // the_government_is_the_place_named_before). Last of all readings, so no anaphor another rule resolves changes.
    private SourceDefinition? GovernmentOfThePlaceBefore(Attributor anaphor, int si)
    {
        if (si == 0 || sentences[si - 1].Paragraph != sentences[si].Paragraph || !GovernmentWords.Contains(LastWord(anaphor.Text).ToString()))
        {
            return null;
        }
        return PlaceCountryIn(sentences[si - 1].Start, sentences[si - 1].End) is { } place ? OfCountry(anaphor, place) : null;
    }

    private static readonly WordSet GovernmentWords = new("government");

    // "Three Israeli soldiers were killed …, the army said" with no army named and no dateline's: the soldiers' army
    // (ArmysOwnDead); "Two Israeli soldiers were killed … . A third soldier was wounded, the army said": the soldiers the
    // sentence just before counts, when its own counts none by nationality (branch source75; golden case
    // the_army_of_the_soldiers_counted_the_sentence_before).
    private SourceDefinition? OwnDeadsArmy(Attributor anaphor, int si)
    {
        if (!HomeArmy.IsBare(anaphor.Text))
        {
            return null;
        }
        Token.Split(text, sentences[si].Start, anaphor.Start, tokens);
        var own = ArmysOwnDead.Country(text, tokens);
        if (own is null && si > 0)
        {
            Token.Split(text, sentences[si - 1].Start, sentences[si - 1].End, tokens);
            own = ArmysOwnDead.Country(text, tokens);
        }
        return own is not null ? OfCountry(anaphor, own) : null;
    }

    // "The Israeli military said … . Eleven Israeli soldiers have been killed in ground fighting in Lebanon, according to
    // the army": an army counts its own dead, so when the soldiers the anaphor's sentence counts are of the army the story
    // named last, the bare army is that one, before the place the fighting is in (read as Lebanon's army: Unseen81
    // freepressjournal-netanyahu-video-thousands-of-terrorists, gold the IDF). Both must agree: "1,200 Russian soldiers
    // were killed in Ukraine, the military said" after Ukraine's general staff spoke keeps its other readings (branch
    // src54a; golden case the_named_army_counts_its_own_dead_abroad).
    private SourceDefinition? NamedArmysOwnDead(Attributor anaphor, int si)
    {
        if (!HomeArmy.IsBare(anaphor.Text))
        {
            return null;
        }
        Token.Split(text, sentences[si].Start, anaphor.Start, tokens);
        return ArmysOwnDead.Country(text, tokens) is { } own && LastFittingMention(anaphor) is { } named && named.Country == own ? named : null;
    }

    // "The army said" in a story filed from Beirut, after the Lebanese army and then the Israeli army were named: the home
    // army, before "the army" read as the Israeli army shortened (HomeArmy).
    private SourceDefinition? HomeArmyOf(Attributor anaphor, int si) =>
        HomeArmy.IsBare(anaphor.Text) ? HomeArmy.Find(DatelineBody(anaphor), mentions, anaphor.Start, si > 0 ? sentences[si - 1] : null) : null;

    // "it": the body the sentence before opens with, gave its figures through, or spoke in; else one it names by a noun;
    // else the body carried; else one named just before.
    private SourceDefinition? ItsBody(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence) =>
        BodyPronoun.ContinuesUnregistered(previousSentence, a => Indefinite.Contains(FirstWord(a.Text)) || IndefiniteBefore(a.Start)) ? null : (previousSentence is null ? SubjectOfTheSentenceBefore.Find(text, sentences, mentions, si) : null)
            ?? (previousSentence is not null ? author.Before(si) : null) ?? BodyPronoun.Resolve(previousSentence, null)
            ?? BodyNamedByNoun(anaphor, si, carried) ?? BodyPronoun.Resolve(null, carried) ?? LastMention(anaphor, si, BodyPronoun.IsBody);

    // "the ministry warned that the toll could rise. It said 68 …": a body the sentences just before name by a common
    // noun, later than any body they name by its name, is the one "it" takes up, before a speaker carried from further
    // back (BodyNounBefore; golden case: it_takes_up_the_body_noun_before_it).
    private SourceDefinition? BodyNamedByNoun(Attributor anaphor, int si, Attributor? carried)
    {
        if (si == 0 || BodyNounBefore.Last(text, sentences[Math.Max(0, si - SentencesBack)].Start, sentences[si].Start, tokens) is not var (start, end))
        {
            return null;
        }
        for (var k = LastBefore(sentences[si].Start); k >= 0 && mentions[k].End > start; k--)
        {
            if (mentions[k].Source is { } named && BodyPronoun.IsBody(named))
            {
                // A body named after the noun, or in its words ("the State Emergency Service"): the other rules take it.
                return mentions[k].Start < end ? named : null;
            }
        }
        var noun = anaphor with { Start = start, End = end, Text = text[start..end] };
        return ResolveOnce(noun, si, carried, null) is { } body && BodyPronoun.IsBody(body) ? body : null;
    }

    // The speaker carried or last in the sentence before named no registry body and ends on the owner's noun.
    private static bool SpeaksForUnregistered(string owner, Attributor? carried, List<Attributor>? previousSentence) =>
        carried is { Source: null } && LastWord(carried.Text).Equals(LastWord(owner), StringComparison.OrdinalIgnoreCase)
        || previousSentence is [.., { Source: null } last] && LastWord(last.Text).Equals(LastWord(owner), StringComparison.OrdinalIgnoreCase);

    // "… when a drone hit a mosque in central Sudan, the group said" after "the Sudan Doctors Network wrote" and "The
    // network said": the place's country leads to its body, and "the group" is the NGO of that country the story named,
    // which it describes without naming it (Unseen58 aljazeera-kordofan; wire copy on the network calls it "the group",
    // "the medical group" paragraphs on; branch source91). Golden case: the_group_after_a_place_is_the_ngo_named.
    private static bool PlacesGroup(string anaphor, SourceDefinition named) =>
        named.Kind is SourceKind.Ngo && GroupNouns.Contains(LastWord(anaphor)) && AnaphorFit.Describes(anaphor, named);

    // Nouns for a body of people that "the X said" can take up from the sentence before (PreviousSpeaker).
    private static readonly WordSet GroupNouns = new("group", "network", "organisation", "organization");

    private static ReadOnlySpan<char> LastWord(string words)
    {
        var span = words.AsSpan().TrimEnd();
        return span[(span.LastIndexOf(' ') + 1)..];
    }

    // "The Sudan Doctors Network said that a missile fired from an RSF drone … The group said": a body the sentence
    // before spoke through, not one named inside what it said, is "the group" it describes; "the government" keeps
    // its own rules (golden cases: the_group_is_the_body_that_spoke, government_of_the_people_counted_after_a_country_speaker).
    private static SourceDefinition? PreviousSpeaker(Attributor anaphor, List<Attributor>? previousSentence)
    {
        if (previousSentence is not { Count: > 0 } said || AnaphorFit.IsSpecific(anaphor.Text) || !GroupNouns.Contains(LastWord(anaphor.Text)))
        {
            return null;
        }
        return said[^1].Source is { } speaker && AnaphorFit.Describes(anaphor.Text, speaker) ? speaker : null;
    }

    // "a rescue worker told AFP … He said": he is the worker, not a body named earlier; "Mr Zelensky has given a
    // higher figure. … he said": the person the sentence before names, not a body carried.
    // A body of no country the anaphor names, just before or carried ("… in South Darfur, according to the agency" after
    // the WHO's spokesman spoke: golden case the_agency_carried_is_not_the_place), speaks ahead of the country the
    // sentence moved to; else that country's body. A body the sentences just before name and the anaphor describes speaks
    // before the place's news agency: "… working in Russia …, Park quoted the agency as saying" after the NIS is the spy
    // agency, not TASS (golden case: quoted_as_saying_credits_the_agency).
    private SourceDefinition? InPlace(Attributor anaphor, int si, Attributor? carried, string country) =>
        LastMentionBefore(anaphor, si, s => InternationalBodyAnaphor.Fits(anaphor.Text, s))
        ?? (carried?.Source is { } c && InternationalBodyAnaphor.Fits(anaphor.Text, c) ? c : null)
        ?? (OfCountry(anaphor, country) is { Kind: SourceKind.Media } ? LastMention(anaphor, si, s => s.Kind is not SourceKind.Media && AnaphorFit.Describes(anaphor.Text, s)) : null)
        ?? OfCountry(anaphor, country);

    // "he" or "she" continues only a speaker that is a person (PersonalPronounSpeaker).
    private SourceDefinition? Pronoun(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        if (!PersonalPronounSpeaker.IsPersonal(anaphor.Text))
        {
            var found = previousSentence is { Count: > 0 } said ? said[^1].Source : PersonBefore(anaphor, si) ?? carried?.Source ?? LastMentionAny(anaphor, si);
            return PersonalPronounSpeaker.IsOutlet(found) && IsThey(anaphor.Text) && !OutletsJoined(anaphor.Start) ? null : found;
        }
        if (previousSentence is { Count: > 0 } before)
        {
            return (PersonalPronounSpeaker.Last(before) ?? before[^1]).Source;
        }
        return PersonBefore(anaphor, si) ?? (carried is { } c && !PersonalPronounSpeaker.IsOutlet(c.Source) && (PersonalPronounSpeaker.Fits(c.Text) || BodyInSentenceBefore(si)) ? c.Source : null)
            ?? LastPersonMention(anaphor, si) ?? resumed.Find(anaphor.Text, si);
    }

    /// <summary>
    /// "…, a spokesman for the prime minister's office, told reporters": the government of the story's dateline, which
    /// a place the sentence names (the hostages' Gaza) does not move; with no dateline, nobody's, as before.
    /// </summary>
    public SourceDefinition? LeadersGovernment(Attributor speaker)
    {
        if (LeadersOffice.Owner(speaker.Text) is not { } government)
        {
            return null;
        }
        // Only the dateline's: "the government" found back from a Gaza hostage count is Hamas, never the office's. A
        // JERUSALEM or TEL AVIV dateline, unread for everything else, names the office's seat (LeaderSeat).
        var office = speaker with { Text = government, IsAnaphor = true };
        return DatelineBody(office) ?? (LeaderSeat.Country(text, sentences) is { } seat ? OfCountry(office, seat) : null);
    }

    /// <summary>"The Gaza-based health ministry said": the body of the place before "-based" right before the speaker's words, or null.</summary>
    public SourceDefinition? BasedBodyOf(Attributor speaker, int si) =>
        BasedPlace(speaker, si) is { } place ? OfCountry(speaker, place) : null;

    // "The Gaza-based health ministry said": the place before "-based" right before the anaphor (Golden case: based_place_names_the_ministry).
    private string? BasedPlace(Attributor anaphor, int si)
    {
        Token.Split(text, sentences[si].Start, anaphor.Start, tokens);
        return BasedBody.Country(text, tokens);
    }

    // The last country the sentence names as a place ("Sudan's war", "killed in Gaza") before the anaphor; a
    // nationality alone ("Israeli strikes") names who acted, not whose ministry speaks, and so does one after "in"
    // that an attack follows ("killed in Israeli strikes", <see cref="AttackersAdjective"/>; golden case
    // killed_in_the_attackers_strikes_is_no_place). The target of a war or an attack is a place: "Israel's war on the
    // Gaza Strip has killed …, the Health Ministry said" is Gaza's ministry (golden case ministry_of_the_war_s_target).
    private string? PlaceCountry(Attributor anaphor, int si) => PlaceCountryIn(sentences[si].Start, anaphor.Start);

    private string? PlaceCountryIn(int start, int end)
    {
        Token.Split(text, start, end, tokens);
        string? country = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                var after = i + n.Tokens;
                var possessive = after + 1 < tokens.Count && !tokens[after].IsWord && text[tokens[after].Start] is '’' or '\''
                    && tokens[after + 1].IsWord && WordAt(after + 1).Equals("s", StringComparison.OrdinalIgnoreCase);
                // "Israel's war on Gaza": the possessive names the attacker, the war's object the place (golden cases
                // the_attackers_war_is_no_owner, ministry_of_the_war_s_target).
                if ((((possessive && !IsWarOnOthers(after)) || IsIn(i - 1) || IsWarsObject(i - 1)) && !AttackersAdjective.At(text, tokens, i, n.Tokens))
                    || AttackersAdjective.IsTarget(text, tokens, i))
                {
                    country = n.Nationality.Country;
                }
                i += n.Tokens - 1;
            }
        }
        return country;
    }

    private static readonly WordSet Personal = new("he", "she");

    // A person (an official the registry knows) named in the sentence right before a "he" or "she" (Golden case: pronoun_after_a_time_phrase).
    private SourceDefinition? PersonBefore(Attributor anaphor, int si)
    {
        if (si == 0 || !Personal.Contains(anaphor.Text))
        {
            return null;
        }
        for (var k = LastBefore(sentences[si].Start); k >= 0 && mentions[k].Start >= sentences[si - 1].Start; k--)
        {
            if (mentions[k].Source is { Kind: SourceKind.Official } person)
            {
                return person;
            }
        }
        return null;
    }

    /// <summary>
    /// A body named by its place alone ("the health ministry" for "local health authorities", <see cref="LocalHealthAuthorities"/>):
    /// found as the anaphor would be, else that of the place or the people the whole sentence names.
    /// </summary>
    public SourceDefinition? OfTheStorysPlace(Attributor anaphor, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        if (Resolve(anaphor, si, carried, previousSentence) is { } found)
        {
            return found;
        }
        var whole = anaphor with { Start = sentences[si].End };
        return (PlaceCountryIn(sentences[si].Start, sentences[si].End) ?? PeopleCountry(whole, si)) is { } country ? OfCountry(anaphor, country) : null;
    }

    // The country of the last nationality named in the sentence before the anaphor (Golden case: government_of_the_people_counted);
    // not the attackers' ("An Israeli strike on Tyre killed 12, the government said": golden case the_attackers_government_is_not_the_peoples).
    // "More than 200,000 Israelis have had to leave their homes near the Gaza and Lebanon borders, according to
    // government figures": a people counted by their plural name ("Israelis") is whose government counts them; a
    // country named after them only by its name places their homes (PeopleNamedAsSuch; Unseen78
    // timesofisrael-bank-of-israel, read as Lebanon's; golden case government_of_the_people_before_the_border_named).
    private string? PeopleCountry(Attributor anaphor, int si)
    {
        Token.Split(text, sentences[si].Start, anaphor.Start, tokens);
        string? country = null;
        string? people = null;
        var countryByName = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                if (!AttackersAdjective.At(text, tokens, i, n.Tokens))
                {
                    country = n.Nationality.Country;
                    countryByName = PeopleNamedAsSuch.IsCountrysName(text, tokens, i, n);
                    people = PeopleNamedAsSuch.Is(text, tokens, i, n) ? country : people;
                }
                i += n.Tokens - 1;
            }
        }
        return countryByName && people is not null ? people : country;
    }

    /// <summary>
    /// The ministry of the story's own state for a titled minister (<see cref="MinistersHomeCountry"/>), read as "the
    /// defense ministry" of that state.
    /// </summary>
    /// <remarks>Asked before the other rules, and only in a story with no dateline: there the story's place
    /// (<see cref="StoryPlace"/>) is often the war's (Kursk's Russia in a Seoul paper), not the minister's state.</remarks>
    public SourceDefinition? HomeMinistry(Attributor titled) =>
        dateline is null && ministersHome.Home is { } home && MinistersHomeCountry.Ministry(titled.Text) is { } ministry
            ? OfCountry(titled with { Text = ministry, IsAnaphor = true }, home) : null;

    /// <summary>The government of a country, as "the government" would be found there: the last named, else the registry's.</summary>
    /// A military body is never it, though a word of its name says "Government": "while Israel says four of its soldiers
    /// have been killed" two paragraphs after COGAT ("Coordinator of Government Activities in the Territories") is the
    /// state, not that agency (Unseen55 energynews-reuters-khan-younis-medic-strikes; branch source90; golden case
    /// a_countrys_voice_is_no_military_agency_named_for_the_government).
    public SourceDefinition? GovernmentOf(Attributor attributor, string country) => OfCountry(attributor with { Text = "the government" }, country, civilOnly: true);

    /// <summary>
    /// "The Joint Chiefs of Staff said" in a story filed from Seoul: the body of the placed country whose alias the formal
    /// name ends (<see cref="FormalNameOfCountry"/>), or null.
    /// </summary>
    public SourceDefinition? FormalNameOf(Attributor attributor, int si)
    {
        if (FormalNameOfCountry.Bearers(attributor.Text, registry) is not { } bearers)
        {
            return null;
        }
        if (!datelineRead)
        {
            datelineCountry = dateline ?? TitlePlace.Of(text, sentences);
            datelineRead = true;
        }
        return FormalNameOfCountry.Placed(bearers, datelineCountry, text, sentences, si, attributor.Start)
            ?? FormalNameOfCountry.Placed(bearers, HeadlineCountry(), text, sentences, si, sentences[si].Start);
    }

    /// <summary>"U.S. officials said": the body a country's bare plural officials stand for where it has no registered government, or null.</summary>
    public SourceDefinition? BareOfficialsBodyOf(Attributor attributor, string country) => BareOfficialsBody.Of(attributor.Text, country, registry);

    /// <summary>"a spokesperson for the office, Lina Dorvil, told": the body the description before the name names, or null.</summary>
    public SourceDefinition? DescribedBefore(Attributor speaker, int si, Attributor? carried, List<Attributor>? previousSentence)
    {
        if (DescriptionBeforeName.Before(text, speaker) is not var (start, end))
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Start >= start && mention.End <= end && mention.Source is { } named && char.IsUpper(text[mention.Start]))
            {
                return named;
            }
        }
        return DescriptionBeforeName.Owner(text.AsSpan(start, end - start)) is { } owner
            ? Resolve(speaker with { Text = owner, IsAnaphor = true }, si, carried, previousSentence)
            : null;
    }

    /// <summary>"said Clara Lindqvist, the United Nations humanitarian coordinator": the body the description names, or null.</summary>
    public SourceDefinition? ApposedBody(Attributor speaker) => Claims.ApposedBody.Find(text, mentions, speaker);

    /// <summary>"the Coordination Headquarters said" after its full name: the body the longer name named, or null.</summary>
    public SourceDefinition? Shortened(Attributor speaker, Attributor? carried) => ShortenedName.Find(mentions, speaker) ?? ShortenedName.OfCarried(carried, speaker);

    /// <summary>"the lawyers said" after "the Emergency Lawyers": the body its members' plural stands for, or null.</summary>
    public SourceDefinition? MembersOf(Attributor speaker) => MembersBody.Find(mentions, speaker);

    /// <summary>
    /// Sentence <paramref name="si"/>'s speaker is read: "…, according to a committee member who attended", whom no reading
    /// credited, relays the body the sentence named before him (<see cref="AttendeesRelay"/>); a formal name written without
    /// its country is the placed country's body (<see cref="FormalNameOf"/>); then his surname is learnt
    /// and he is heard as a speaker.
    /// </summary>
    public Attributor Settled(Attributor speaker, int si)
    {
        if (speaker.Source is null && AttendeesRelay.Briefer(text, sentences[si], speaker, mentions) is { } briefer)
        {
            speaker = speaker with { Source = briefer };
        }
        else if (speaker.Source is null && FormalNameOf(speaker, si) is { } formal)
        {
            // "The Joint Chiefs of Staff said" filed from Seoul: the placed country's body of that name.
            speaker = speaker with { Source = formal };
        }
        Surnames.Learn(speaker);
        Spoke(speaker);
        return speaker;
    }

    /// <summary>"A doctors' group said … The group, the Sudan Doctors Network, said": the body named next, or null.</summary>
    public SourceDefinition? NamedNext(Attributor speaker, int si) => NamedNextSpeaker.Find(text, sentences, mentions, speaker, si);

    /// <summary>"…, a doctors' group said" after "…, says Sudan Doctors Network" just above: the body named there, or null.</summary>
    public SourceDefinition? NamedAbove(Attributor speaker, int si) => NamedAboveSpeaker.Find(text, sentences, mentions, speaker, si);

    private string? datelineCountry;
    private string? headlineCountry;
    private bool datelineRead;
    private bool headlineRead;

    // "The army said" in a story datelined in Port Sudan, with no army named before: Sudan's army; in a document with no
    // dateline, the place its title opens with; for a ministry or a rescue service only, the one place a headline names
    // (HeadlinePlace), else the country the story names as its place (StoryPlace).
    private SourceDefinition? DatelineBody(Attributor anaphor)
    {
        if (!datelineRead)
        {
            datelineCountry = dateline ?? TitlePlace.Of(text, sentences);
            datelineRead = true;
        }
        // A rescue service is placed as a ministry is: "…, the civil defence agency said" on its first mention in a Gaza
        // story with no dateline is Gaza's (Unseen54 anews-dpa-khan-younis; golden case
        // the_civil_defence_agency_of_the_storys_place).
        var country = datelineCountry ?? (CountrysMinistry.Is(anaphor.Text.ToLowerInvariant()) || RescueServiceMembers.NamesAService(anaphor.Text) ? HeadlineCountry() : null);
        return country is not null ? OfCountry(anaphor, country) ?? PlacedMinistrysGovernment(anaphor, country) : null;
    }

    // "the Justice Ministry" in a story filed from Kyiv, whose registry holds no such ministry: the government it is a
    // department of (PortfoliosMinistry). Only the story's own place (dateline, headline): a place the sentence names is
    // often the counted's ("… remain in Russian captivity, according to the Interior Ministry" is Kyiv's, not Moscow's).
    private SourceDefinition? PlacedMinistrysGovernment(Attributor anaphor, string country) =>
        PortfoliosMinistry.IsPlaced(anaphor.Text) ? GovernmentOf(anaphor, country) : null;

    // Worked out only when a ministry is placed in a story with no dateline, its one reader: StoryPlace reads every
    // sentence of the article, and the army, the police or a pronoun placed by the dateline never needed it. Both
    // places read the text and the sentences' furniture marks only, final before any claim is credited, so when they
    // are asked cannot change their answer.
    private string? HeadlineCountry()
    {
        if (!headlineRead)
        {
            headlineCountry = HeadlinePlace.Of(text, sentences) ?? StoryPlace.Of(text, sentences);
            headlineRead = true;
        }
        return headlineCountry;
    }

    // "In neighbouring Mali, the army said", "On the Israeli side, the army says" (SideFrame): a place the sentence moves to before the anaphor ("in" a country, perhaps
    // after one describing word; not "in Israeli strikes", where the nationality is the attackers'); "nine from South Africa, whose government said": the country a possessive points to.
    // "North Korean troops are stationed…, the agency said" names the counted, not the speaker.
    private string? CountryBefore(Attributor anaphor, int si)
    {
        if (placeUnread)
        {
            return null;
        }
        Token.Split(text, sentences[si].Start, anaphor.Start, tokens);
        var possessive = Possessive.Contains(FirstWord(anaphor.Text)) || (tokens.Count > 0 && tokens[^1].IsWord && Possessive.Contains(WordAt(tokens.Count - 1)));
        string? country = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                if ((possessive || SideFrame.At(text, tokens, i, n.Tokens) || PlaceLabel.Is(text, tokens, i, n.Tokens)
                        || ((IsIn(i - 1) || (i >= 2 && tokens[i - 1].IsWord && IsIn(i - 2))) && !IsCountrysWar(i + n.Tokens) && !AttackersAdjective.At(text, tokens, i, n.Tokens)))
                    && !QuotedPlace.Is(text, tokens, i))
                {
                    country = n.Nationality.Country;
                }
                i += n.Tokens - 1;
            }
        }
        return country;
    }

    private static readonly WordSet BackgroundNouns = WordLists.Set("backgroundNouns");

    // "killed in Russia's war against Ukraine": the country owns the war the clause is set in; the sentence has not
    // moved to the country, whose bodies therefore do not speak (Golden case: spy_agency_is_no_news_agency).
    private bool IsCountrysWar(int after) =>
        after + 2 < tokens.Count && !tokens[after].IsWord && text[tokens[after].Start] is '’' or '\''
        && WordAt(after + 1).Equals("s", StringComparison.OrdinalIgnoreCase) && BackgroundNouns.Contains(WordAt(after + 2));

    private static readonly WordSet WarsObjectWords = new("on", "against", "of");

    // "Israel's war on Gaza", "Russia's invasion of Ukraine": a war waged on another place (not "Sudan's war", fought at home).
    private bool IsWarOnOthers(int after) => IsCountrysWar(after) && after + 3 < tokens.Count && tokens[after + 3].IsWord
        && WarsObjectWords.Contains(WordAt(after + 3));

    // "war on Gaza", "invasion of Ukraine": the place a war is waged on.
    private bool IsWarsObject(int i) => i >= 1 && tokens[i].IsWord && WarsObjectWords.Contains(WordAt(i))
        && tokens[i - 1].IsWord && BackgroundNouns.Contains(WordAt(i - 1));

    private static readonly WordSet Indefinite = new("a", "an", "one", "another");

    private static bool IsPronoun(Attributor a) => ClaimLexicon.BodyPronouns.Contains(a.Text) || ClaimLexicon.Pronouns.Contains(a.Text);

    // "a local medical group": an article a few describing words before the head noun.
    private bool IndefiniteBefore(int start)
    {
        var i = start;
        for (var words = 0; words < 3; words++)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }
            var end = i;
            // "a non-governmental group": a hyphenated describing word is one word, or the walk stopped at its hyphen and
            // never reached the article (Unseen66 sakshi-ians-el-fasher: "group" became the RSF named before).
            while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '-' && i > 1 && char.IsLetter(text[i - 2]) && i < end)))
            {
                i--;
            }
            if (i == end)
            {
                return false;
            }
            var word = text.AsSpan(i, end - i);
            if (TimeBeforeSpeaker.EndsTime(word))
            {
                // "A week ago the ministry had put the toll at": the "A" opens the time, not the speaker.
                return false;
            }
            if (Indefinite.Contains(word))
            {
                return true;
            }
            // "when a lawmaker citing the agency said": the article is the relaying speaker's, and "the agency" is the one
            // named before (Unseen58 kbs-nis; the relay convention; branch source91; golden case
            // a_lawmaker_citing_the_agency_relays_it).
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || char.IsUpper(word[0]) || Relays.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    // "Earlier this month it hit a school, an attack the civil defence agency said killed 91", "a raid the army says
    // killed 12": an anaphor opening on its own "the" right after an attack's noun (populations.json
    // groupAttackNouns) speaks in a relative clause about that attack; the attack's article is no speaker's (Unseen67
    // prothomalo-afp-mustafa-hafez-school-13-killed; golden case an_attack_the_agency_said_killed). Else "a doctor at
    // the hospital" is still a new speaker.
    private bool OwnArticle(Attributor anaphor)
    {
        if (!FirstWord(anaphor.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var end = anaphor.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && AttackNouns.Contains(text.AsSpan(start, end - start));
    }

    private static readonly WordSet AttackNouns = WordLists.Set("groupAttackNouns");

    private static readonly WordSet Relays = WordLists.Set("relayParticiples");
    private static readonly WordSet Possessive = new("whose", "its");

    private static ReadOnlySpan<char> FirstWord(string words)
    {
        var span = words.AsSpan().TrimStart();
        var space = span.IndexOf(' ');
        return space < 0 ? span : span[..space];
    }

    private ReadOnlySpan<char> WordAt(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool IsIn(int i) => i >= 0 && tokens[i].IsWord && WordAt(i).Equals("in", StringComparison.OrdinalIgnoreCase);

    private SourceDefinition? OfCountry(Attributor anaphor, string country, bool civilOnly = false)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].End <= anaphor.Start && mentions[k].Source is { } named && named.Country == country && !(civilOnly && named.Kind is SourceKind.Military)
                && (names.Names(anaphor.Text, named) || PlacesGroup(anaphor.Text, named)) && !NationsOfficials.ExcludeGroup(anaphor.Text, named))
            {
                return named;
            }
        }
        foreach (var source in registry.Sources)
        {
            if (source.Country == country && !(civilOnly && source.Kind is SourceKind.Military) && names.Names(anaphor.Text, source) && !NationsOfficials.ExcludeGroup(anaphor.Text, source)
                && !NationalPoliceByName.Unsaid(anaphor.Text, source))
            {
                return source;
            }
        }
        return null;
    }

    // The last source named in the few sentences before the anaphor's own (in its own, the name is more often the
    // actor of the figure: "the RSF killed 320 …, the group said") that it can stand for.
    private SourceDefinition? LastMention(Attributor anaphor, int si, Func<SourceDefinition, bool> fits) => LastMentionUpTo(sentences[si].Start, si, fits);

    // As LastMention for a body the anaphor names and fits (an armed group whose alias holds "government" is no
    // government: LastFittingMention), passing over an army the story has withdrawing when the anaphor's
    // sentence sends troops: "… as the Israeli army withdraws. The army has said it will send 5,000 troops" (WithdrawingArmy).
    private SourceDefinition? LastNamed(Attributor anaphor, int si)
    {
        var sends = WithdrawingArmy.Sends(text, sentences[si].Start, sentences[si].End);
        var from = sentences[Math.Max(0, si - SentencesBack)].Start;
        for (var k = LastBefore(sentences[si].Start); k >= 0 && mentions[k].Start >= from; k--)
        {
            if (mentions[k].Source is { } named && names.Names(anaphor.Text, named) && AnaphorFit.Fits(anaphor.Text, named) && !(sends && WithdrawingArmy.Withdraws(text, mentions[k].End)))
            {
                return named;
            }
        }
        return null;
    }

    // "…, supported by Médecins Sans Frontières (MSF), the medical charity said": when nothing else resolves it, the aid
    // body or UN agency the anaphor's own sentence names before it (CivilBodyBeside).
    private SourceDefinition? CivilBodyInItsSentence(Attributor anaphor, int si) =>
        CivilBodyBeside.Describes(anaphor.Text) && !Indefinite.Contains(FirstWord(anaphor.Text))
            ? LastMentionInSentence(anaphor, si, s => CivilBodyBeside.Fits(anaphor.Text, s)) : null;

    // The last fitting mention in the anaphor's own sentence before it.
    private SourceDefinition? LastMentionInSentence(Attributor anaphor, int si, Func<SourceDefinition, bool> fits)
    {
        for (var k = LastBefore(anaphor.Start); k >= 0 && mentions[k].Start >= sentences[si].Start; k--)
        {
            if (mentions[k].Source is { } named && fits(named))
            {
                return named;
            }
        }
        return null;
    }

    // As LastMention, counting the anaphor's own sentence up to the anaphor.
    private SourceDefinition? LastMentionBefore(Attributor anaphor, int si, Func<SourceDefinition, bool> fits) => LastMentionUpTo(anaphor.Start, si, fits);

    private SourceDefinition? LastMentionUpTo(int position, int si, Func<SourceDefinition, bool> fits)
    {
        var from = sentences[Math.Max(0, si - SentencesBack)].Start;
        for (var k = LastBefore(position); k >= 0 && mentions[k].Start >= from; k--)
        {
            if (mentions[k].Source is { } named && fits(named))
            {
                return named;
            }
        }
        return null;
    }

    // "Reuters interviewed more than 20 soldiers …. They remain determined, they said": one outlet is "it", so "they" are
    // the people it spoke to, of no registry body; two outlets joined ("Mediazona and the BBC … They say") are "they"
    // (PersonalPronounSpeaker.IsOutlet; golden case they_are_whom_the_outlet_interviewed).
    private static bool IsThey(string pronoun) => pronoun.Equals("they", StringComparison.OrdinalIgnoreCase);

    // Whether the last name before the pronoun is an outlet joined by "and" to another name just before it.
    private bool OutletsJoined(int position)
    {
        var k = LastBefore(position);
        return k >= 1 && mentions[k].Start - mentions[k - 1].End is >= 0 and <= JoinedGap
            && text.AsSpan(mentions[k - 1].End, mentions[k].Start - mentions[k - 1].End).Contains(" and ", StringComparison.Ordinal);
    }

    // "Budanov spoke … He said": with no speaker just before, a pronoun stands for the last name close before it.
    private SourceDefinition? LastMentionAny(Attributor anaphor, int si)
    {
        var k = LastBefore(anaphor.Start);
        return k >= 0 && mentions[k].Start >= sentences[Math.Max(0, si - SentencesBack)].Start ? mentions[k].Source : null;
    }

    // "Lee quoted the agency as saying. …, he said": a sentence before that names a body by a noun relays the body carried,
    // so "he" keeps it; "Savchuk declared a day of mourning. '…,' he said" names none, and a body carried is no "he".
    private bool BodyInSentenceBefore(int si) =>
        si > 0 && BodyNounBefore.Last(text, sentences[si - 1].Start, sentences[si].Start, tokens) is not null;

    // As LastMentionAny, for "he" or "she": a mention whose words name a person ("Budanov"), not a body by its name.
    private SourceDefinition? LastPersonMention(Attributor anaphor, int si)
    {
        var k = LastBefore(anaphor.Start);
        return k >= 0 && mentions[k].Start >= sentences[Math.Max(0, si - SentencesBack)].Start && PersonalPronounSpeaker.Fits(text[mentions[k].Start..mentions[k].End])
            && !PersonalPronounSpeaker.IsOutlet(mentions[k].Source)
            ? mentions[k].Source : null;
    }

    // The last body named anywhere before that the anaphor names and whose kind it fits: "The government's emergency
    // committee estimates …" in a Lebanese story names "government", and so does Hamas's alias "Gaza government media
    // office", but an armed group is no government (AnaphorFit.Fits): the dateline's government is reached, or nobody (Unseen77
    // efe-hezbollah-telegram-new-escalatory-phase-55-soldiers; golden cases
    // the_governments_committee_is_no_armed_group_named_earlier, a_government_committee_estimate_is_the_datelines_government).
    private SourceDefinition? LastFittingMention(Attributor anaphor)
    {
        for (var k = LastBefore(anaphor.Start); k >= 0; k--)
        {
            if (mentions[k].Source is { } source && names.Names(anaphor.Text, source) && AnaphorFit.Fits(anaphor.Text, source))
            {
                return source;
            }
        }
        return null;
    }

    // The index of the last mention that ends at or before the position, or -1 (mentions are in text order).
    private int LastBefore(int position)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    // "Ukraine has been open about its losses. The country's emergency service says …": the country may be named in the
    // sentence before, within the paragraph; the last one named is meant (golden case the_countrys_body_named_a_sentence_before).
    // "…, the country's sports minister, NAME, said": a minister of the country named last is its government (GovernmentPortfolioMinister).
    private SourceDefinition? CountrysMinister(Attributor anaphor, int si) =>
        GovernmentPortfolioMinister.IsCountrys(anaphor.Text) && CountrysBody.NamedBefore(text, CountryNamedFrom(si), anaphor.Start) is { } country
            ? GovernmentOf(anaphor, country) : null;

    private int CountryNamedFrom(int si) =>
        si > 0 && sentences[si - 1].Paragraph == sentences[si].Paragraph ? sentences[si - 1].Start : sentences[si].Start;
}
