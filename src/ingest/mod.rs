//! Article ingestion: reading, format detection, cleaning and extraction.
//!
//! The path runs read → formats → sentences → extract → resolve; [`extract_article`] is pure
//! and shared by `load` and `extract`.

pub(crate) mod extract;
pub mod formats;
pub mod html;
pub mod metadata;
pub mod read;
pub(crate) mod resolve;
pub mod sentences;

use crate::model::{Article, Statement};

pub use resolve::nested_spans;

/// Every reported statement of an article, in text order.
pub fn extract_article(article: &Article) -> Vec<Statement> {
    let seg = sentences::segment(&article.text);
    let mut lower = String::new();
    let ctx = extract::Ctx::new(&article.text, &seg, &mut lower);
    let cands = extract::find_candidates(&ctx);
    resolve::resolve(&ctx, article, cands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{QuoteKind, SpeakerKind};

    fn run(text: &str) -> Vec<Statement> {
        let a = Article { text: text.to_string(), published: Some("2022-01-15".into()), ..Default::default() };
        extract_article(&a)
    }

    /// (speaker name, cue, content) of each statement.
    fn triples(text: &str) -> Vec<(String, String, String)> {
        run(text).into_iter().map(|s| (s.speaker.map(|x| x.name).unwrap_or_default(), s.cue, s.content)).collect()
    }

    fn one(text: &str) -> Statement {
        let v = run(text);
        assert_eq!(v.len(), 1, "{v:#?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn quote_then_speaker_then_cue() {
        let s = one("\"We will not back down,\" the minister said.");
        assert_eq!(s.content, "\"We will not back down,\"");
        assert_eq!(s.kind, QuoteKind::Direct);
        assert_eq!(s.speaker.unwrap().surface, "the minister");
    }

    #[test]
    fn quote_then_cue_then_speaker() {
        let s = one("“The risk is real,” said Edward Leamer, an economist at UCLA.");
        let sp = s.speaker.unwrap();
        assert_eq!(sp.name, "Edward Leamer");
        assert_eq!(s.cue, "said");
        assert_eq!(s.kind, QuoteKind::Direct);
    }

    #[test]
    fn interrupted_quote_is_one_statement() {
        let s = one("\"The risk,\" said Edward Leamer, \"is that we attract workers and repel jobs.\"");
        assert!(s.content.starts_with("\"The risk,\"") && s.content.ends_with("repel jobs.\""), "{}", s.content);
    }

    #[test]
    fn quote_continued_in_the_next_sentence_of_the_paragraph() {
        let s = one("\"I have not talked to anyone,\" he said. \"This is all me.\"");
        assert!(s.content.ends_with("This is all me.\""), "{}", s.content);
    }

    #[test]
    fn speaker_cue_then_quote() {
        let s = one("The senator said: \"This bill is dead.\"");
        assert_eq!(s.content, "\"This bill is dead.\"");
        assert_eq!(s.kind, QuoteKind::Direct);
    }

    #[test]
    fn indirect_speech_with_and_without_that() {
        assert_eq!(triples("Smith said that the plan had failed.")[0].2, "the plan had failed");
        assert_eq!(triples("Smith says the plan has failed.")[0].2, "the plan has failed");
        let t = triples("The plan has failed, Smith said.");
        assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("Smith", "The plan has failed"));
    }

    #[test]
    fn mixed_quotation() {
        let s = one("Clinton called the attack \"horrific and unacceptable\" on Sunday.");
        assert_eq!(s.kind, QuoteKind::Mixed);
        assert_eq!(s.cue, "called");
    }

    #[test]
    fn parenthetical_attribution_before_a_trailing_adjunct_is_trailing() {
        let t = triples(
            "Verizon struck a deal with unions, according to the Labor Department, taking a step toward peace.",
        );
        assert_eq!(t[0].2, "Verizon struck a deal with unions");
        let t = triples("The plan, the partner told them, was simple, although nobody liked it.");
        assert!(t[0].2.starts_with("The plan, the partner told them, was simple"), "{:?}", t);
        // Inside its clause, before a sum: the clause around it is the content.
        let t = triples("G4S receives, according to one report, $234 million in contracts.");
        assert_eq!(t[0].2, "G4S receives, according to one report, $234 million in contracts");
        // The last item of a list of clauses takes the list with it.
        let t = triples("Jones was paid $5; Smith was paid $6; and Brown was paid $7, according to FEC records.");
        assert_eq!(t[0].2, "Jones was paid $5; Smith was paid $6; and Brown was paid $7");
    }

    #[test]
    fn a_quotation_a_participle_cites_is_not_the_content_of_the_cue_after_it() {
        let t = triples(
            "Citing \u{201c}obligations in Tennessee,\u{201d} his spokeswoman told POLITICO that Gore plans to skip it.",
        );
        assert_eq!((t[0].1.as_str(), t[0].2.as_str()), ("told", "Gore plans to skip it"));
        // A subordinate clause after the addressee still ends a trailing attribution.
        let t = triples("The plan is dead, Obama told his advisers as he labored over the speech.");
        assert_eq!(t[0].2, "The plan is dead");
    }

    #[test]
    fn a_coordinated_cue_after_an_adverbial_ends_the_content() {
        let t =
            triples("The employee first said he did not recall it, but in a later interview said he had deleted it.");
        assert_eq!(t[0].2, "he did not recall it");
        // A negated act is part of the content.
        let t = triples("Canova said he has not held dinners and never called a donor to ask for money.");
        assert_eq!(t[0].2, "he has not held dinners and never called a donor to ask for money");
    }

    #[test]
    fn the_object_of_call_ends_at_an_aside_and_keeps_its_quoted_complement() {
        for (text, content) in [
            (
                "Tim Cook called it ''total political crap'' -- one question is whether money comes back.",
                "it ''total political crap''",
            ),
            (
                "Trump called immigrants \"rapists\" (although he allowed that some might be good) and left.",
                "immigrants \"rapists\"",
            ),
            (
                "Sroka called it a \"let a thousand flowers bloom\" approach - working with groups.",
                "it a \"let a thousand flowers bloom\" approach",
            ),
            (
                "Moore called the remarks on Saturday \"a true wake-up call\" to his supporters.",
                "the remarks on Saturday \"a true wake-up call\" to his supporters",
            ),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
    }

    #[test]
    fn a_coordinated_subject_speaks_whole() {
        for (text, surface) in [
            ("The support is strong, teachers and union officials told POLITICO.", "teachers and union officials"),
            ("She and another reporter said the manager yanked her arm.", "She and another reporter"),
            // A pronoun after "and" opens a clause of its own.
            ("The rally was in the Rust Belt and they rejected any implication of it.", "they"),
        ] {
            let v = run(text);
            assert!(v.iter().any(|s| s.speaker.as_ref().is_some_and(|x| x.surface == surface)), "{text}: {v:#?}");
        }
        // Nate Silver's appositive without its closing comma.
        let s = one(
            "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday: \"Clinton needs a strategy.\"",
        );
        assert_eq!(s.speaker.unwrap().surface, "Nate Silver");
    }

    #[test]
    fn seeing_or_viewing_something_as_something_is_an_opinion() {
        let t = triples("Party leaders see him as an asset to other Democratic candidates.");
        assert_eq!(
            (t[0].0.as_str(), t[0].1.as_str(), t[0].2.as_str()),
            ("Party leaders", "see", "him as an asset to other Democratic candidates")
        );
        assert_eq!(
            triples("Some view the nomination as a hostile takeover.")[0].2,
            "the nomination as a hostile takeover"
        );
        // Seeing without "as" reports no view.
        assert!(run("Voters saw the rally on television as well as online.").is_empty());
        assert!(run("Reporters see the candidate every day.").is_empty());
    }

    #[test]
    fn a_titled_surname_does_not_take_a_later_full_name_of_another_role() {
        let text = "President Obama said the vote matters.\n\nThe campaign will use Mr. Obama and the first lady, Michelle Obama, in Ohio.\n\nFormer Mexico leader Calderon said the wall is stupid.\n\nCount former Mexican President Felipe Calderon among the critics.";
        let names: Vec<String> = run(text).into_iter().filter_map(|s| s.speaker.map(|x| x.name)).collect();
        assert_eq!(names, ["Obama", "Felipe Calderon"]);
    }

    #[test]
    fn according_to_before_and_after() {
        let t = triples("According to the report, unemployment rose in March.");
        assert_eq!(
            (t[0].0.as_str(), t[0].1.as_str(), t[0].2.as_str()),
            ("report", "According to", "unemployment rose in March")
        );
        let t = triples("Unemployment rose in March, according to the Labor Department.");
        assert_eq!(t[0].2, "Unemployment rose in March");
        assert_eq!(t[0].0, "Labor Department");
    }

    #[test]
    fn told_an_outlet_is_a_relay_and_told_reporters_is_not() {
        let s = one("The minister told Reuters that the deal was off.");
        assert_eq!(s.relay.as_deref(), Some("Reuters"));
        assert_eq!(s.content, "the deal was off");
        let s = one("The minister told reporters that the deal was off.");
        assert_eq!(s.relay, None);
    }

    #[test]
    fn relay_patterns_name_the_outlet_and_the_speaker() {
        let s = one("Interfax quoted Lavrov as saying the talks were useful.");
        assert_eq!((s.relay.as_deref(), s.speaker.unwrap().name.as_str()), (Some("Interfax"), "Lavrov"));
        let s = one("Lavrov was cited by the RIA news agency as saying that the talks were useful.");
        assert_eq!((s.relay.as_deref(), s.cue.as_str()), (Some("RIA"), "was cited by ... as saying"));
        let t = run("The talks were useful, Lavrov said, according to Interfax.");
        assert_eq!(t[0].relay.as_deref(), Some("Interfax"));
        // The content may come first, with nothing or only a date after "as saying".
        for text in [
            "\"We never did that,\" Russia's TASS news agency quoted Peskov as saying.",
            "We never did that, TASS quoted Peskov as saying on Friday.",
        ] {
            let s = one(text);
            assert_eq!(
                (s.relay.as_deref(), s.speaker.unwrap().name.as_str(), s.content.trim_matches(['"', ','])),
                (Some("TASS"), "Peskov", "We never did that"),
                "{text}"
            );
        }
    }

    #[test]
    fn relays_named_in_the_frame() {
        let cases = [
            ("Lavrov told the BBC on Tuesday that the sanctions would fail.", "BBC", Some("2022-01-11")),
            ("In an interview with CNN, the minister said the talks were over.", "CNN", None),
            ("The foreign minister said in a statement to Reuters that the border was closed.", "Reuters", None),
            (
                "The spokesman said Wednesday, according to Interfax, that Moscow would respond.",
                "Interfax",
                Some("2022-01-12"),
            ),
            (
                "\"We are ready,\" Peskov told reporters on Thursday, according to RIA Novosti.",
                "RIA Novosti",
                Some("2022-01-13"),
            ),
        ];
        for (text, relay, date) in cases {
            let s = one(text);
            assert_eq!(s.relay.as_deref(), Some(relay), "{text}");
            assert_eq!(s.said_on.stated().as_deref(), date, "{text}");
            assert!(!s.content.contains(relay), "{text}: {}", s.content);
        }
    }

    #[test]
    fn unnamed_sources_are_anonymous_and_named_offices_are_not() {
        for (text, anonymous) in [
            ("Two people familiar with the matter said the deal was signed.", true),
            ("A senior diplomat, speaking on condition of anonymity, said the envoy had resigned.", true),
            ("Officials said the plant would reopen in March.", true),
            ("The agency quoted an unnamed official as saying that the talks had stalled.", true),
            ("The finance minister said the budget would be cut.", false),
            ("Western governments said the vote was flawed.", false),
        ] {
            assert_eq!(one(text).anonymous, anonymous, "{text}");
        }
    }

    #[test]
    fn the_article_own_outlet_is_not_a_relay() {
        for (text, outlet) in [
            ("The minister told Reuters that the deal was off.", "Reuters"),
            // "the Globe" on a page of the California Globe; "TheHill" for The Hill.
            ("\"It is huge,\" the lawyer said in an interview with the Globe.", "California Globe"),
            ("Her lawyer told The Hill in a statement that she meant no harm.", "TheHill"),
        ] {
            let a = Article { text: text.into(), outlet: Some(outlet.into()), ..Default::default() };
            assert_eq!(extract_article(&a)[0].relay, None, "{text}");
        }
    }

    #[test]
    fn coordinated_cues_share_the_subject_and_a_denial() {
        let v = run("Moscow rejects the allegation and insists that its deployments are defensive.");
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].content, "the allegation");
        assert_eq!(v[1].content, "its deployments are defensive");
        assert_eq!(v[1].speaker.as_ref().unwrap().name, "Moscow");
        assert_eq!(v[1].stance, crate::model::Stance::Denial);
    }

    #[test]
    fn participle_continuation_and_nested_attribution() {
        let t = triples("Peskov said the reports were false, adding that Moscow has repeatedly denied the claims.");
        assert_eq!(t[0].2, "the reports were false");
        assert_eq!((t[1].0.as_str(), t[1].1.as_str()), ("Peskov", "adding"));
        assert!(t.iter().any(|x| x.0 == "Moscow" && x.2 == "the claims"), "{t:?}");
    }

    #[test]
    fn appositive_and_relative_clause_do_not_hide_the_speaker() {
        let s = one("Hugh Hill, a doctor at the clinic, said the wards were full.");
        assert_eq!(s.speaker.unwrap().name, "Hugh Hill");
        let s = one("The official, who spoke on condition of anonymity, said the talks had stalled.");
        assert!(s.anonymous);
        assert_eq!(s.speaker.unwrap().surface, "The official");
    }

    #[test]
    fn party_and_state_parenthetical_stays_with_the_name() {
        let s = one("Sen. Mitch McConnell (R-Ky.) said the bill would pass.");
        assert_eq!(s.speaker.unwrap().name, "Mitch McConnell");
        assert_eq!(s.content, "the bill would pass");
    }

    #[test]
    fn a_cue_word_can_head_the_speaker() {
        for (text, speaker) in [
            ("The Clinton campaign said the controversy was orchestrated.", "Clinton campaign"),
            ("His campaign said the permit had been hard to get.", "campaign"),
        ] {
            let s = one(text);
            assert!(s.speaker.unwrap().name.ends_with(speaker), "{text}");
        }
        assert!(run("Voters campaign hard.").is_empty());
    }

    #[test]
    fn quantities_and_names_in_ing_speak() {
        for (text, speaker) in [
            ("About 9 percent said they had no preference.", "percent"),
            ("Even so, three-quarters of the voters said they were worried.", "voters"),
            ("Boreing said the members will still meet.", "Boreing"),
            (
                "Ms. Arnold, who helped found EDGE, a group in Philadelphia, said she did not condone violence.",
                "Arnold",
            ),
        ] {
            let s = one(text);
            assert!(s.speaker.unwrap().name.ends_with(speaker), "{text}");
        }
    }

    #[test]
    fn speaker_labels_and_signatures() {
        let text = "Headline\n\nGingrich: Trump Must Decide If He Wants a Running Mate.\n\n\
                    WALLACE: If I may, sir, we have limited time.\n\n\
                    \"The whole idea is something we hear about all the time.\"\n\n-Michelle Marks, Philadelphia.\n\n\
                    No one should be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016\n\n\
                    Update: the count was revised on Tuesday.\n\nThe Latest: Sanders wins two states.\n\n\
                    Refugees: The refugee crisis is the issue the agency was made for, and refugees know it.";
        let t = triples(text);
        let speakers: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(speakers, ["Gingrich", "WALLACE", "Michelle Marks", "Paul Ryan"], "{t:?}");
        assert_eq!(t[0].2, "Trump Must Decide If He Wants a Running Mate");
        assert_eq!(t[2].2, "\"The whole idea is something we hear about all the time.\"");
        assert_eq!(t[3].2, "No one should be above the law.");
    }

    #[test]
    fn a_question_put_by_someone_unnamed_has_no_speaker() {
        let v = run("Asked Tuesday about the new tariffs, Smith said they would work.");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!((v[0].speaker.is_none(), v[0].content.as_str()), (true, "the new tariffs"));
        assert_eq!(v[1].speaker.as_ref().unwrap().name, "Smith");
        let v = run("He asked whether the tariffs would work.");
        assert_eq!(v[0].speaker.as_ref().unwrap().surface, "He");
    }

    #[test]
    fn evidence_speaks_through_show_and_find() {
        let s = one("The poll, released on Wednesday by the institute, showed Clinton leading by two points.");
        assert_eq!(s.content, "Clinton leading by two points");
        assert!(run("The team showed great spirit.").is_empty());
        // After its content, as "said" is: "..., records show."
        let t = triples("The committee raised $57 million, Federal Election Commission records show.");
        assert_eq!(
            (t[0].0.as_str(), t[0].2.as_str()),
            ("Federal Election Commission records", "The committee raised $57 million")
        );
        // A person's "showed" is no attribution closing the content before it.
        let t = triples("Prosecutors argued that although Lazar confessed, he showed no remorse.");
        assert_eq!(t[0].2, "although Lazar confessed, he showed no remorse");
        // Emails posted by WikiLeaks speak, not WikiLeaks.
        let t = triples("The talks failed, according to emails posted by WikiLeaks.");
        assert_eq!(t[0].0, "emails posted by WikiLeaks");
    }

    #[test]
    fn a_conjunction_opening_the_sentence_is_not_part_of_a_name() {
        let v =
            run("Since Clinton Foundation donors gave early, the race tightened. Then Brafman said the case was weak.");
        let names: Vec<String> = v.iter().filter_map(|s| s.speaker.as_ref().map(|x| x.name.clone())).collect();
        assert_eq!(names, ["Brafman"]);
    }

    #[test]
    fn cues_after_a_quotation() {
        for (text, speaker) in [
            ("\"What do you suggest we do?\" she asked.", "she"),
            ("\"The early states matter,\" campaign manager Robby Mook said.", "campaign manager Robby Mook"),
            ("\"It was awful,\" said one.", "one"),
        ] {
            let s = one(text);
            assert_eq!(s.speaker.unwrap().surface, speaker, "{text}");
            assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        }
    }

    #[test]
    fn an_object_ends_before_adverbials_of_time_and_occasion() {
        for (text, content) in [
            ("Obama endorsed Hillary Clinton on Thursday, making his pitch.", "Hillary Clinton"),
            ("Sanders praised Obama after a 45-minute meeting.", "Obama"),
            ("Sanders laid out a reform agenda at a news conference on Tuesday.", "a reform agenda"),
            ("She praised Obama in 2012 but will vote for Trump.", "Obama"),
        ] {
            assert_eq!(triples(text)[0].2, content, "{text}");
        }
    }

    #[test]
    fn subjects_behind_parentheticals_relatives_and_coordination() {
        let s = one("Polk County GOP Chairman Will Rogers, for example, said the visit would earn attention.");
        assert_eq!(s.speaker.unwrap().name, "Will Rogers");
        let s = one("They met Rubio, who said the bill was good.");
        assert_eq!(s.speaker.unwrap().name, "Rubio");
        let s = one("After the vote, administrators said the meeting would go ahead.");
        assert_eq!(s.speaker.unwrap().surface, "administrators");
        let v = run("Some fans have said they will stay away and believe the university made a terrible decision.");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[1].content, "the university made a terrible decision");
    }

    #[test]
    fn headlines_in_title_case_attribute() {
        let t = triples("Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("Clinton", "Russians Hacked DNC"));
        assert_eq!((t[1].0.as_str(), t[1].1.as_str()), ("Clinton", "Calls"));
        assert!(run("The Museum Says Goodbye. Then it Says nothing.").len() <= 1);
    }

    #[test]
    fn quoted_titles_and_relative_clauses_inside_the_content() {
        let s =
            one("On Fox's \"Sunday Morning Futures,\" Rep. Darrell Issa said the judgment of Clinton is in question.");
        assert_eq!(s.content, "the judgment of Clinton is in question");
        let s = one("Mr. Kerry said the talks, which started a decade ago, remained one of the best opportunities.");
        assert!(s.content.ends_with("best opportunities"), "{}", s.content);
        let s = one("Mr. Kerry said he met the envoy, who arrived late.");
        assert_eq!(s.content, "he met the envoy");
    }

    #[test]
    fn he_stands_for_one_person_not_a_thing_or_a_crowd() {
        let v = run("Ted Cruz spoke first. The video shows the crowd cheering. Everybody thought the race was over. \
                     \"It is not over,\" he said.");
        let last = v.last().unwrap();
        assert_eq!(last.speaker.as_ref().unwrap().name, "Ted Cruz", "{v:#?}");
    }

    #[test]
    fn a_named_poll_is_the_source_of_its_finding() {
        let s = one("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.");
        assert_eq!((s.cue.as_str(), s.content.as_str()), ("In", "she led Mr. Sanders 56 percent to 32 percent"));
        let s = one("Kasich was at 25 percent support in the most recent Fox poll, up eight points from March.");
        assert_eq!(s.content, "Kasich was at 25 percent support");
        assert!(run("Bush sits at single digits in the polls.").is_empty());
    }

    #[test]
    fn a_series_of_predicates_is_a_series_of_statements() {
        let t = triples(
            "Biden defended Sanders as a mainstream candidate, mocked the Republican Party, and made it clear \
             that he was done.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].2, "Sanders as a mainstream candidate");
        assert_eq!((t[1].0.as_str(), t[1].1.as_str(), t[1].2.as_str()), ("Biden", "mocked", "the Republican Party"));
    }

    #[test]
    fn quantities_speak_through_inflected_verbs() {
        let v = run("\"I abstain,\" McClendon said. \"I'm voting for him,\" one said. \"She lies too much.\"");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[1].speaker.as_ref().unwrap().surface, "one");
        assert!(v[1].content.ends_with("She lies too much.\""), "{}", v[1].content);
        assert_eq!(one("Most say the economy is improving.").content, "the economy is improving");
        assert!(run("Some claims were false.").is_empty());
    }

    #[test]
    fn a_cue_with_its_own_content_after_a_finished_quotation() {
        let v = run("\"They have been laying down sign posts.\" Greene added that the Fed would move.");
        assert_eq!(v.last().unwrap().content, "the Fed would move");
    }

    #[test]
    fn modals_and_focus_adverbs_belong_to_the_cue() {
        let s = one("A spokesman for Bernie Sanders could only quip: \"I guess Christmas Eve was booked.\"");
        assert_eq!(
            (s.cue.as_str(), s.speaker.unwrap().surface.as_str()),
            ("could only quip", "A spokesman for Bernie Sanders")
        );
        let s = one("Smith only said the plan failed.");
        assert_eq!((s.cue.as_str(), s.speaker.unwrap().surface.as_str()), ("only said", "Smith"));
    }

    #[test]
    fn according_to_after_a_conjunction_a_colon_or_a_bracket() {
        for text in [
            "But, according to the poll, 46 percent of voters remain undecided.",
            "It has not gone unnoticed: According to the poll, 46 percent of voters remain undecided.",
            "(According to the poll, 46 percent of voters remain undecided.)",
        ] {
            let s = one(text);
            assert_eq!(
                (s.speaker.unwrap().name.as_str(), s.content.as_str()),
                ("poll", "46 percent of voters remain undecided"),
                "{text}"
            );
        }
    }

    #[test]
    fn told_with_its_addressee_after_the_content() {
        let s = one("Biofuels don't stir up the same fervor among Iowans, Sen. Chuck Grassley (R-Iowa) told Reuters.");
        assert_eq!(s.content, "Biofuels don't stir up the same fervor among Iowans");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.relay.as_deref()), ("Chuck Grassley", Some("Reuters")));
        let s = one("It wouldn't be hard to make them pay some tax, experts told me this week.");
        assert_eq!(s.content, "It wouldn't be hard to make them pay some tax");
    }

    #[test]
    fn called_that_names_a_thing_is_no_statement() {
        assert!(run("Her book called \"Women Who Work\" sold well.").is_empty());
        assert!(run("Tim Selaty runs a group called Citizens for Trump.").is_empty());
        assert_eq!(one("The senator called Trump a liar.").content, "Trump a liar");
    }

    #[test]
    fn passives_headline_nouns_and_quoted_cues_that_leave_their_quote() {
        assert!(run("He failed to show up at the hearing he was formally called to.").is_empty());
        assert!(run("The period ended before he was even sworn in.").is_empty());
        assert!(run("Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen").is_empty());
        let v = run("\"It's not nearly as hard as people think,\" psychologist Elaine Ducharme says.");
        assert_eq!(v.len(), 1, "{v:#?}");
        assert_eq!(v[0].speaker.as_ref().unwrap().name, "Elaine Ducharme");
    }

    #[test]
    fn an_age_is_an_appositive_before_a_relative_clause() {
        let s = one("Woodrow Benford, 58, who lives outside Minneapolis, says he plans to caucus for Sanders.");
        assert_eq!(s.speaker.unwrap().name, "Woodrow Benford");
    }

    #[test]
    fn a_definite_role_keeps_its_rank() {
        let v = run("Former President Bill Clinton spoke first. Vice President Joe Biden spoke next. \
                     \"We won,\" the former president said.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Bill Clinton", "{v:#?}");
    }

    #[test]
    fn capitalized_words_in_ly_and_named_descriptions_after_a_quotation() {
        let s = one("\"We will not run his columns,\" Daily News editor Josh Greenman said.");
        assert_eq!(s.speaker.unwrap().name, "Josh Greenman");
        let s = one("Kelly Ayotte said the bill would pass.");
        assert_eq!(s.speaker.unwrap().name, "Kelly Ayotte");
        let s = one("\"We need him,\" his wife, Gabriela Violeta Lazar, wrote in a letter to the court.");
        assert_eq!(
            (s.speaker.unwrap().name.as_str(), s.content.as_str()),
            ("Gabriela Violeta Lazar", "\"We need him,\"")
        );
    }

    #[test]
    fn a_pronoun_prefers_the_subject_of_its_own_paragraph() {
        let v = run("\"We live in Chicago,\" Betsy Ebeling said. \"We came today.\"\n\n\
                     Annette Guessford was shocked to get a call from her. \"I'm honored!\" she said.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Annette Guessford", "{v:#?}");
    }

    #[test]
    fn the_next_quotation_is_not_joined_when_the_attribution_turns_to_someone_else() {
        let v =
            run("\"Tell her I promised you a picture,\" Ebeling said, and her husband cut in. \"Don't forget me.\"");
        assert_eq!(v[0].content, "\"Tell her I promised you a picture,\"");
    }

    #[test]
    fn conditional_contents_dash_appositives_and_programme_titles() {
        let s = one("Beck said if Trump wins, he would impose a dictatorship.");
        assert_eq!(s.content, "if Trump wins, he would impose a dictatorship");
        let s = one("Jason Sims — a teacher from Mount Pleasant — says he voted for Marco Rubio.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Jason Sims", "he voted for Marco Rubio"));
        // A long appositive between dashes.
        let s = one(
            "Gingrich — mentioned by Newsmax as the leading choice for Republican presidential nominee Donald Trump's running mate — told Bill O'Reilly of Fox News that he is ready.",
        );
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Gingrich", "he is ready"));
        let s = one("On this weekend's broadcast of \"Fox News Sunday,\" Gov. Mike Pence said the tweet was a joke.");
        assert_eq!(s.content, "the tweet was a joke");
    }

    #[test]
    fn a_quoted_title_inside_an_appositive() {
        let s = one(
            "Hemsley, the co-author of \"Going Viral,\" about the spread of information, said the days of unity are gone.",
        );
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Hemsley", "the days of unity are gone"));
    }

    #[test]
    fn pronoun_cues_inside_a_quotation_are_the_quoted_speakers_words() {
        let v = run(
            "\"He might be saying some things I wouldn't say,\" Carville said. \"But Smith said the plan failed.\"",
        );
        let speakers: Vec<&str> = v.iter().map(|s| s.speaker.as_ref().unwrap().name.as_str()).collect();
        assert_eq!(speakers, ["Carville", "Smith"], "{v:#?}");
    }

    #[test]
    fn a_programme_addressed_by_its_quoted_title() {
        let s = one("She told “Good Morning America” on Monday the tone of the interview was cordial.");
        assert_eq!(s.content, "the tone of the interview was cordial");
        assert_eq!(s.said_on.stated().as_deref(), Some("2022-01-10"), "the date outside the content dates the saying");
    }

    #[test]
    fn the_writers_comparisons_and_asides_end_the_content() {
        for (text, content) in [
            (
                "Seventy-four percent say they view Clinton favorably, compared with 64 percent for Sanders.",
                "they view Clinton favorably",
            ),
            (
                "Trump said he would end the tax break for hedge funds, as did Hillary Clinton.",
                "he would end the tax break for hedge funds",
            ),
            (
                "Bush says he is \"excited where we stand\" as he faces a test in South Carolina.",
                "he is \"excited where we stand\"",
            ),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
    }

    #[test]
    fn an_attitude_inside_a_statement_is_part_of_it() {
        let s = one("Cardin said Republicans rejected his attempts to strengthen the agreement.");
        assert_eq!(s.speaker.unwrap().surface, "Cardin");
        assert_eq!(s.content, "Republicans rejected his attempts to strengthen the agreement");
        // Reported speech inside a statement is still a statement of its own.
        let v = run("Cardin said Republicans told him the agreement was dead.");
        assert_eq!(v.len(), 2, "{v:#?}");
    }

    #[test]
    fn a_participle_after_a_closing_quotation_starts_a_statement_of_the_outer_speaker() {
        let v = run("Smith said voters were saying, “We’re safe now,” adding, “This is no time to relax.”");
        let said = v.iter().find(|s| s.cue == "said").unwrap();
        assert_eq!(said.content, "voters were saying, “We’re safe now,”");
        let adding = v.iter().find(|s| s.cue == "adding").unwrap();
        assert_eq!(adding.content, "“This is no time to relax.”");
        assert_eq!(adding.speaker.as_ref().unwrap().surface, "Smith");
    }

    #[test]
    fn an_object_ends_before_the_subjects_next_predicate_or_a_clause_of_the_writers() {
        for (text, content) in [
            ("Obama condemned the missile launch as Pyongyang fired three missiles.", "the missile launch"),
            ("Ryan praised the plan and embraced its goals.", "the plan"),
            ("Ryan praised the plan and has since defended it.", "the plan"),
            ("He praised the police and armed forces for their work.", "the police and armed forces for their work"),
            ("She described the move as a breach of trust.", "the move as a breach of trust"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
    }

    #[test]
    fn a_paragraph_of_unattributed_quotations_continues_the_quotation_before() {
        let s = one("\"We will build a wall!\" he said to a cheer.\n\n\"And they will pay for it. All of it.\"");
        assert!(s.content.ends_with("All of it.\""), "{}", s.content);
        // A paragraph that attributes its own quotation, or says more, is not joined.
        let v = run("\"We will build a wall!\" he said.\n\n\"They will pay,\" Smith said.");
        assert_eq!(v.len(), 2);
        let s = one("\"We will build a wall!\" he said.\n\n\"They will pay.\" The crowd cheered.");
        assert!(s.content.ends_with("wall!\""), "{}", s.content);
    }

    #[test]
    fn a_verb_that_carries_an_infinitive_cue_is_part_of_the_cue() {
        for (text, cue) in [
            ("Lewandowski continued to say he had never touched her.", "continued to say"),
            ("He went on to say the plan was dead.", "went on to say"),
            ("Clinton took to Twitter to say the plan was dead.", "took to Twitter to say"),
        ] {
            let s = one(text);
            assert_eq!(s.cue, cue);
            assert!(s.content.ends_with("dead") || s.content.ends_with("her"), "{}", s.content);
        }
        // Other infinitives are not reports of speech.
        assert!(run("He tried to say goodbye before the trip.").is_empty());
    }

    #[test]
    fn a_coordinated_cue_speaks_for_the_subject_of_the_first_predicate() {
        for (text, speaker) in [
            ("Other officers chafed at the criticism and said the delay was right.", "Other officers"),
            ("Gary Emineth, a former party chairman, became a delegate and said he backs Trump.", "Gary Emineth"),
            ("Sanders, who endorsed Canova in May and said he would campaign with him, stayed home.", "Sanders"),
        ] {
            let v = run(text);
            let said = v.iter().find(|s| s.cue == "said").unwrap_or_else(|| panic!("{text}: {v:#?}"));
            assert_eq!(said.speaker.as_ref().unwrap().surface, speaker, "{text}");
        }
    }

    #[test]
    fn appositives_after_a_verb_first_speaker_stay_out_of_the_content() {
        for text in [
            "The plan is dead, said Mark Kantrowitz, an expert who has written books.",
            "The plan is dead, said a former spokesman for the ministry, Oleg Voloshyn, who also ran.",
        ] {
            let v = run(text);
            let said = v.iter().find(|s| s.cue == "said").unwrap();
            assert_eq!(said.content, "The plan is dead", "{text}");
        }
        // A clause that resumes after the attribution is still part of the content.
        let s = one("The museum, Mr. Obama said, would make visitors face hard truths.");
        assert!(s.content.ends_with("hard truths"), "{}", s.content);
    }

    #[test]
    fn a_pronoun_with_a_verb_clitic_is_a_subject() {
        for (text, speaker, cue) in [
            ("At the forum, she’s said the connections have been exciting.", "she", "’s said"),
            ("Voters who've already said they support Clinton may switch.", "Voters", "'ve already said"),
        ] {
            let s = one(text);
            assert_eq!((s.speaker.unwrap().surface.as_str(), s.cue.as_str()), (speaker, cue), "{text}");
        }
        // After a thing "'s" is "is": a passive, no statement.
        assert!(run("The rule, as it's currently written, is unclear.").is_empty());
        // "that's" opens a clause; it is no complementizer.
        assert_eq!(one("Shaw said that's what he would expect.").content, "that's what he would expect");
    }

    #[test]
    fn contents_end_with_their_clause() {
        for (text, cue, content) in [
            // A relative clause closes before the main clause's verb.
            (
                "Clinton, who announced a spending plan on Monday, plans to focus on jobs.",
                "announced",
                "a spending plan on Monday",
            ),
            (
                "Sanders, who endorsed Canova and said he would campaign with him, stayed home.",
                "said",
                "he would campaign with him",
            ),
            // A new clause after a dash or ", and another ...", the writer's ", as ...".
            (
                "Ferrera told HuffPost that she was disheartened — the actress also said it persists.",
                "told",
                "she was disheartened",
            ),
            (
                "One suggested she marry an American, and another scared her so much that she balked.",
                "suggested",
                "she marry an American",
            ),
            (
                "Breitbart noted the dichotomy between the two men, as Cosby is attacked in the media.",
                "noted",
                "the dichotomy between the two men",
            ),
            // A trailing "according to" whose source has an appositive.
            (
                "The men planned a mall, according to a lawsuit filed by Yulia Tymoshenko, a former prime minister.",
                "according to",
                "The men planned a mall",
            ),
            // A station's number is part of the addressee.
            (
                "Caltrans told ABC 7 that someone had reprogrammed the sign.",
                "told",
                "someone had reprogrammed the sign",
            ),
            ("Caltrans told Reuters 10 people had died.", "told", "10 people had died"),
            // A reduced relative is no new clause; a subordinate phrase after "that," is
            // followed by the content's main clause.
            (
                "Commentators have said China plans to make the shoal, an atoll Beijing grabbed, into a fortress.",
                "said",
                "China plans to make the shoal, an atoll Beijing grabbed, into a fortress",
            ),
            (
                "Her friends say it is fitting that, having overcome so much, she now faces him.",
                "say",
                "it is fitting that, having overcome so much, she now faces him",
            ),
        ] {
            let v = run(text);
            let s = v.iter().find(|s| s.cue.ends_with(cue)).unwrap_or_else(|| panic!("{text}: {v:#?}"));
            assert_eq!(s.content, content, "{text}");
        }
    }

    #[test]
    fn participles_speak_for_the_issuer_the_absolute_subject_or_the_main_subject() {
        for (text, speaker) in [
            ("Minutes later, the Trump campaign issued a statement saying that he meant voters.", "the Trump campaign"),
            (
                "The proposal irritated lawmakers, with Sen. John McCain calling it a “Chinese menu.”",
                "Sen. John McCain",
            ),
            ("After the vote, Axelrod reached out by telling Clinton she had been an able opponent.", "Axelrod"),
            ("Speaking at an event, Trump went after Bush, calling him “a total stiff.”", "Trump"),
        ] {
            let v = run(text);
            let s = v.iter().find(|s| s.cue.ends_with("ing")).unwrap_or_else(|| panic!("{text}: {v:#?}"));
            assert_eq!(s.speaker.as_ref().unwrap().surface, speaker, "{text}");
        }
        let s = one("After the vote, Axelrod reached out by telling Clinton she had been an able opponent.");
        assert_eq!(s.content, "she had been an able opponent", "the addressee is no part of the content");
        let s = one("Trump hit back on Monday, telling Reuters the plan was dead.");
        assert_eq!(s.relay.as_deref(), Some("Reuters"));
    }

    #[test]
    fn echo_repeat_recount_and_email_report_what_was_said() {
        for (text, cue) in [
            ("Other members of Congress echoed her concerns about the program.", "echoed"),
            ("He repeated that the deal was off.", "repeated"),
            ("\"It was terrifying,\" she recounted.", "recounted"),
            ("The campaign emailed that the rally was cancelled.", "emailed"),
            ("Trump dubbed him \"Little Marco.\"", "dubbed"),
        ] {
            assert_eq!(one(text).cue, cue, "{text}");
        }
        // As nouns they are no cues.
        assert!(run("The emails were released on Friday. His repeat visit drew an echo.").is_empty());
    }

    #[test]
    fn quotations_after_a_colon_or_a_long_interruption_belong_to_the_attribution() {
        let s = one("Breitbart News responded:\n\n\"The solution is not to punish everyone.\"\n\nThe debate went on.");
        assert_eq!(s.content, "\"The solution is not to punish everyone.\"");
        assert_eq!(s.kind, QuoteKind::Direct);
        let s = one("\"He will be fair,\" Trump said during a rally in Kenansville, N.C., \"but people will watch.\"");
        assert!(s.content.ends_with("people will watch.\""), "{}", s.content);
        // A second cue in between starts an attribution of its own.
        let v = run("\"He will be fair,\" Trump said, and Pence added, \"people will watch.\"");
        assert!(v[0].content.ends_with("fair,\""), "{v:#?}");
    }

    #[test]
    fn what_follows_a_mid_sentence_attribution() {
        // A participle of the speaker's ends the content; a gerund subject resumes it.
        let v = run("The employees were squeezed to the breaking point, she said, referencing the bank's sales goals.");
        assert_eq!(v[0].content, "The employees were squeezed to the breaking point");
        let s = one("That transition was seamless, he said, replacing Clinton would be much harder.");
        assert!(s.content.ends_with("much harder"), "{}", s.content);
    }

    #[test]
    fn addressees_of_tell() {
        let s = one("He told one of his young proteges on a regular basis that \"terrorism is the answer.\"");
        assert_eq!(s.content, "\"terrorism is the answer.\"");
        assert_eq!(one("Exit polls told a tale of two parties.").content, "a tale of two parties");
    }

    #[test]
    fn a_colon_gives_the_quotation_to_the_clauses_subject() {
        for (text, speaker) in [
            ("Kasich resisted: \"Governors do not have the power to suspend rights.\"", "Kasich"),
            ("McConnell delivered a blunt message to Trump: \"It is time to quit attacking people.\"", "McConnell"),
            ("Kasich resisted:\n\n\"Governors do not have the power to suspend rights.\"", "Kasich"),
            // Past an appositive holding an abbreviation, and after an opening phrase.
            ("Mitch McConnell, R-Ky., delivered a blunt message: \"It is time to quit.\"", "Mitch McConnell"),
            ("Between Saturday and Monday, the Trump monster fired off tweets: \"RIGGED!\"", "the Trump monster"),
        ] {
            let s = one(text);
            assert_eq!((s.speaker.unwrap().surface.as_str(), s.kind), (speaker, QuoteKind::Direct), "{text}");
        }
        // Not a thing's, nor a quotation that has an attribution of its own.
        assert!(run("The rules are simple: \"Do not enter.\"").is_empty());
        let s = one("Kasich resisted:\n\n\"Governors do not have the power,\" Smith said.");
        assert_eq!(s.speaker.unwrap().surface, "Smith");
    }

    #[test]
    fn quote_only_cues_attribute_a_quotation_on_either_side() {
        for (text, cue) in [
            ("“Go back to Univision,” Trump barked.", "barked"),
            ("Prager continues, “In fact, the argument is weak.”", "continues"),
            ("“Would they behave the same?” she wondered.", "wondered"),
        ] {
            assert_eq!(one(text).cue, cue, "{text}");
        }
        assert!(run("He continued to walk home through the park.").is_empty());
    }

    #[test]
    fn main_subjects_after_a_conjunction_or_with_a_party_and_state() {
        for (text, speaker) in [
            ("And then Trump went fully on the attack, saying, \"Is Obama going to mention it?\"", "Trump"),
            (
                "In a statement, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He belongs in prison.”",
                "Rep. Hakeem Jeffries",
            ),
        ] {
            assert_eq!(one(text).speaker.unwrap().surface, speaker, "{text}");
        }
    }

    #[test]
    fn census_first_names_give_a_gender_but_a_surname_alone_does_not() {
        let s = one("Dottie Deans spoke first. Troy Jackson spoke next.\n\n\"We will win,\" she said.");
        assert_eq!(s.speaker.unwrap().name, "Dottie Deans");
        // "Warren" is a man's first name, and Elizabeth Warren's surname.
        let s = one("Elizabeth Warren spoke first. Then Warren sat down.\n\n\"We will win,\" she said.");
        assert_eq!(s.speaker.unwrap().name, "Elizabeth Warren");
    }

    #[test]
    fn a_role_beside_a_name_gives_its_gender() {
        for text in [
            "Pat Jones, the chairwoman of the party, spoke first. Lee Smith spoke next.\n\n\"We will win,\" she said.",
            "The actress Pat Jones spoke first. Lee Smith spoke next.\n\n\"We will win,\" she said.",
        ] {
            let s = one(text);
            assert_eq!(s.speaker.unwrap().name, "Pat Jones", "{text}");
        }
    }

    #[test]
    fn according_to_a_long_source_or_one_with_a_title() {
        let s = one("According to early results of the exit polls conducted for the Associated Press and \
                     television networks by Edison Research, most voters want a change.");
        assert_eq!(s.content, "most voters want a change");
        let s = one("According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling'' and other sources, \
                     his was an all-purpose job.");
        assert_eq!(s.content, "his was an all-purpose job");
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert!(run("The report was published on Monday. His claim drew attention.").is_empty());
        assert!(run("Guarantees demanded by Moscow were rejected in Geneva.").is_empty());
        // A capitalized plural after "the" is a group or a family speaking.
        for text in ["The Republicans say the bill is dead.", "During the past year, the Khans say they heard fears."] {
            assert_eq!(run(text).len(), 1, "{text}");
        }
        // A plural noun coordinated with another is no verb.
        let v = triples("In TV interviews and tweets, Trump has argued that the process is rigged.");
        assert_eq!(v, [("Trump".to_string(), "has argued".to_string(), "the process is rigged".to_string())]);
        // Participles that modify or name.
        assert!(run("There are 384 pledged delegates at stake on Tuesday.").is_empty());
        assert!(run("She practiced a move called the boneless on the smooth pavement.").is_empty());
    }

    #[test]
    fn date_phrases_outside_the_content_date_the_statement() {
        let s = one("The spokesman said on Thursday that the border was closed.");
        assert_eq!(s.said_on.stated().as_deref(), Some("2022-01-13"));
        let s = one("The spokesman said the border was closed on Thursday.");
        assert_eq!(s.said_on.stated(), None, "a date inside the content dates the event, not the saying");
        let s = one("Ahead of the talks on January 10, the spokesman warned of a crisis.");
        assert_eq!(s.said_on.stated(), None);
    }

    #[test]
    fn inverted_and_idiomatic_attributions() {
        // A sentence may open with its cue: "Said Comey, "..."".
        let s = one("Said Comey, \"The thought that an error on our part is connected to this is very painful.\"");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.kind), ("Comey", QuoteKind::Direct));
        let s = one("Says Molitor: \"Be calm.\"");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Molitor", "\"Be calm.\""));
        // Cut off at the end of the text.
        for text in ["Said Comey,", "Said Comey, \"", "Says Molitor:"] {
            run(text);
        }
        // "as X put it," attributes; "put it on the table" does not.
        let s = one("But as prosecutor Marc Trevidic put it, \"there was not much to complain about.\"");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.cue.as_str()), ("Marc Trevidic", "put it"));
        assert!(run("He read the report and put it on the table.").is_empty());
        // Cues that attribute only a quotation beside them.
        for (text, speaker) in [
            ("\"Chairman Gowdy tied these statements to the firing,\" the suit reads.", "suit"),
            ("\"Our revolution has forced her to change her mind,\" read the email.", "email"),
            ("\"Would it be negotiable about the 11 million?\" Hannity pressed.", "Hannity"),
            ("\"This is a big political win for me,\" I confessed.", "I"),
        ] {
            assert_eq!(one(text).speaker.unwrap().surface.trim_start_matches("the "), speaker, "{text}");
        }
        for (text, speaker) in [
            ("The protesters chanted \"Chris Christie: Bad for New Jersey, bad for you.\"", "protesters"),
            ("Cleveland's Plain Dealer opined, \"Gun owners should leave their weapons at home.\"", "Plain Dealer"),
        ] {
            let v = triples(text);
            assert!(v.len() == 1 && v[0].0.ends_with(speaker), "{text}: {v:?}");
        }
        // "press" is a noun before a title.
        assert_eq!(one("\"It is over,\" Clinton press secretary Brian Fallon said.").cue, "said");
        // A past read like its bare form closes the sentence: "..., the email read."
        assert_eq!(one("\"Friend, let me be blunt,\" the email read.").speaker.unwrap().surface, "the email");
        assert!(run("She read the email aloud.").is_empty());
        // "went on" attributes beside a quotation (also after "?", which does not end the
        // sentence there); "went on to win" does not.
        let s = one("\"You know, it happens, right?\" Trump went on, as if he did not hear her.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.cue.as_str()), ("Trump", "went on"));
        assert!(run("He went on to win the race, and the show went on.").is_empty());
        // Manner verbs: "scoffed", "laughed"; "a smiling Clinton" is no cue of its own.
        let s = one("''Silly boys acting like they have never seen a girl before,'' scoffed Arianna Gil, 22.");
        assert_eq!(s.speaker.unwrap().name, "Arianna Gil");
        let s = one("\"Tonight, I want to hear you roar,\" a smiling Clinton said before introducing Perry.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.cue.as_str()), ("Clinton", "said"));
        assert!(run("He laughed at the joke and smiled.").is_empty());
    }

    #[test]
    fn a_subject_with_prepositional_phrases_speaks_through_its_head() {
        for (text, speaker) in [
            ("Experts on North Korea and nuclear nonproliferation said the test could change that.", "Experts"),
            ("People with direct knowledge of Gates' work said that Gates was also helping.", "People"),
            ("An earlier report in a New Hampshire paper said that Sanders had used the images.", "earlier report"),
            (
                "A 2009 analysis released by the department found that the tax would raise $220 billion.",
                "2009 analysis",
            ),
            (
                "Large majorities of Republican voters in six states going to the polls said they support it.",
                "Large majorities",
            ),
        ] {
            let s = one(text);
            let surface = s.speaker.unwrap().surface;
            let surface = surface.trim_start_matches("An ").trim_start_matches("A ");
            assert!(surface.starts_with(speaker), "{text}: {surface}");
        }
        for (text, speaker) in [
            ("Democrats trying to regain control of the Senate in November say they have a weapon.", "Democrats"),
            ("Even though skating is allowed, the women say officers still scrutinize the area.", "women"),
            ("Most like Clinton, compared with 64 percent who say they like Sanders.", "64 percent"),
            ("Among GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump.", "two-thirds"),
            // A noun phrase closing the postmodifier is not the subject.
            ("Activists clamoring to block Donald Trump say they are in the midst of a bump.", "Activists"),
            ("Activists in the party say they are in the midst of a bump.", "Activists in the party"),
            ("Rather, sources close to her campaign say she stands behind Obama.", "sources"),
        ] {
            let v = triples(text);
            assert!(v.iter().any(|t| t.0 == speaker && t.1 == "say"), "{text}: {v:?}");
        }
        // An adjective taking a complement opens the postmodifier, which describes the speaker.
        let s = one("People familiar with the talks said she stands behind Obama.");
        let sp = s.speaker.unwrap();
        assert_eq!((sp.surface.as_str(), sp.role.as_deref()), ("People", Some("familiar with the talks")));
        assert!(s.anonymous);
        // A prepositional opener is no subject, and an adverb after "had" stays one.
        assert!(run("In an interview with reporters on the plane said nothing.").is_empty());
        assert_eq!(one("He had earlier said that Sanders used the images.").cue, "had earlier said");
    }

    #[test]
    fn a_clause_opening_the_sentence_or_a_predicate_after_and_ends_the_content() {
        for (text, content) in [
            ("While Inhofe said he'd hold a hearing, it's unlikely to win his support.", "he'd hold a hearing"),
            (
                "Though Sanders has said he'll fight to the convention, Sanders must decide what to demand.",
                "he'll fight to the convention",
            ),
            ("Sanders, who endorsed Clinton, said Wednesday he agrees with Ginsburg.", "Clinton"),
            ("George Zimmerman claimed self-defense and was acquitted the following year.", "self-defense"),
            ("He denied the charges and counter-accused her of battery.", "the charges"),
            // A content with a verb of its own keeps its coordination.
            ("He said he was tired and went home.", "he was tired and went home"),
            (
                "Polls show Mrs. Clinton remains popular and would carry most voters.",
                "Mrs. Clinton remains popular and would carry most voters",
            ),
            // A fronted adverbial after "that" is followed by the content's main clause.
            (
                "He declared that as long as the field remained divided, Trump would have a path.",
                "as long as the field remained divided, Trump would have a path",
            ),
        ] {
            let v = triples(text);
            assert_eq!(v[0].2, content, "{text}: {v:?}");
        }
    }

    #[test]
    fn hedged_cues_dash_appositives_and_fronted_participles() {
        let s = one("She appeared to imply that Trump could lead to more upheaval than Clinton.");
        assert_eq!(s.cue, "appeared to imply");
        let v = triples("Mr. Bush - in a line aimed at Mr. Trump - declared that a president must serve all.");
        assert_eq!(v[0].0, "Bush", "{v:?}");
        // A participle opening the sentence is said by the main clause's subject and ends at
        // its comma; "Arguing with reporters" reports no words.
        let v = triples("Insisting that the deal was fair, Clinton said she would not apologize.");
        assert!(v.contains(&("Clinton".into(), "Insisting".into(), "the deal was fair".into())), "{v:?}");
        let v = triples("Saying he was tired, the senator left early.");
        assert_eq!(v, [("senator".to_string(), "Saying".to_string(), "he was tired".to_string())]);
        assert!(run("Arguing with reporters, the senator left early.").is_empty());
    }

    #[test]
    fn a_quotation_set_off_by_a_bracket_or_dash_is_the_whole_content() {
        let by = |text: &str, cue: &str| {
            let v = triples(text);
            v.into_iter().find(|t| t.1 == cue).unwrap_or_else(|| panic!("{text}: no {cue}")).2
        };
        let text = "An argument in the face of conquest (''This is less a crisis than an occupation,'' Monica Crowley \
                    wrote) goes on.";
        assert_eq!(by(text, "wrote"), "''This is less a crisis than an occupation,''");
        assert_eq!(
            by("He fulminated against the move - \"I love Oreos,\" he said - and left.", "said"),
            "\"I love Oreos,\""
        );
        // A quotation inside a clause still takes the clause.
        assert_eq!(by("He called it \"a sham,\" she said.", "said"), "He called it \"a sham,\"");
    }

    #[test]
    fn quotations_in_quotations_and_sentences_after_a_quotation() {
        // "''...'old-school,'''": the single mark closes first.
        let s = one("''I would use the word 'old-school,''' said Gregory W. Slayton, a Rubio supporter.");
        assert_eq!(s.speaker.unwrap().name, "Gregory W. Slayton");
        // A full stop ends a quotation's sentence when the next cue hands over to a quotation of
        // its own; 'Adding, "..."' continues the speaker before.
        let v = triples(
            "Brafman said, \"The zeal is uncharacteristic of any case.\" He added, \"It is not ordinary.\" \
             Adding, \"Nothing else.\"",
        );
        let contents: Vec<&str> = v.iter().map(|(_, _, c)| c.as_str()).collect();
        assert_eq!(
            contents,
            ["\"The zeal is uncharacteristic of any case.\"", "\"It is not ordinary.\"", "\"Nothing else.\""],
            "{v:?}"
        );
        assert!(v.iter().all(|(speaker, _, _)| speaker == "Brafman"), "{v:?}");
    }

    #[test]
    fn a_subordinate_clause_cue_does_not_take_the_main_clause() {
        let v = triples("Prosecutors argued that although Lazar confessed, he showed no remorse.");
        assert!(v.iter().all(|(_, cue, _)| cue != "confessed"), "{v:?}");
        let v = triples("When Trump said, \"We will win,\" the crowd cheered.");
        assert_eq!(v, [("Trump".to_string(), "said".to_string(), "\"We will win,\"".to_string())]);
    }

    #[test]
    fn a_quotation_resumes_after_a_participle_phrase_and_before_a_new_cue() {
        let v = triples(
            "\u{201c}Every time you say that,\u{201d} Tester said, referring to the excuse, \
                         \u{201c}you give ammunition to the people.\u{201d}",
        );
        assert!(v[0].2.ends_with("to the people.\u{201d}"), "{v:?}");
        let v = triples("\"A,\" he said, adding, \"B is fine.\"");
        assert_eq!(v.len(), 2, "{v:?}");
        // The quotation that opens a sentence with a cue of its own still continues the one
        // before, when that cue takes something else.
        let v = triples(
            "\"She has two chances,\" said Megan Greene, an economist. \"And the Fed wants out.\" \
                         Greene added that the Fed is wary.",
        );
        assert!(v[0].2.ends_with("wants out.\""), "{v:?}");
        assert_eq!(v[1].2, "the Fed is wary");
    }

    #[test]
    fn a_bare_surname_names_the_principal_bearer() {
        // Ted Cruz is named in full most often; his wife once, nearer.
        let v = run("Ted Cruz spoke in Ohio. Ted Cruz then flew home. Trump retweeted a photo of Heidi Cruz. \
                     \"I am not in the habit of supporting people who attack my wife,\" Cruz said.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Ted Cruz", "{v:#?}");
        // An honorific's gender decides between namesakes.
        let v =
            run("Bill Clinton and Hillary Clinton arrived. Bill Clinton waved. \"We are ready,\" Mrs. Clinton said.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Hillary Clinton", "{v:#?}");
    }

    #[test]
    fn words_capitalized_only_by_position_are_no_part_of_a_name() {
        let v = run("Understated Perez Makes His Case To Voters.\n\nThomas Perez spoke on Monday. \
                     The speech was understated. Perez said the economy was strong.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Thomas Perez", "{v:#?}");
        let v = run(
            "The week in review\n\nDid Donald Trump's Lie Matter To Voters?\n\nWhat did he say? \"Nothing,\" Trump said.",
        );
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Donald Trump", "{v:#?}");
        // A first name stays even where the article writes it in lowercase.
        let v = run("Mark Cuban said he would vote. The mark was high. \"Yes,\" Cuban said.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Mark Cuban", "{v:#?}");
    }

    #[test]
    fn speakers_behind_participle_phrases_and_relative_clauses() {
        let s = one("Sen. Richard Durbin, noting the size of his following, said, \"He has a heck of an email list.\"");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.kind), ("Richard Durbin", QuoteKind::Direct));
        let s = one("Although there is no overlap, a White House official who spoke anonymously to discuss \
                     internal strategy said Wednesday, \"Certainly there are discussions.\"");
        assert_eq!(s.content, "\"Certainly there are discussions.\"");
        assert!(s.anonymous);
        assert_eq!(triples("People who know him say he is kind.")[0].0, "People");
        // The person in a recording speaks.
        let s = one("The ad uses footage of Hillary Clinton asking, \"Why aren't I 50 points ahead?\"");
        assert_eq!(s.speaker.unwrap().name, "Hillary Clinton");
    }

    #[test]
    fn subjects_after_an_opener_a_bracket_or_a_quoted_word() {
        let t = |text: &str| triples(text).into_iter().map(|(s, c, _)| format!("{s}|{c}")).collect::<Vec<_>>();
        assert_eq!(t("Even Rendell, a stalwart Clinton supporter, said it would be easier."), ["Rendell|said"]);
        assert_eq!(t("Sen. Jack Reed (D-R.I.), said that he had not read the plan."), ["Jack Reed|said"]);
        let v = t("Humphrey, who calls Trump a \"sociopath,\" said he doesn't believe the effort needs a name.");
        assert_eq!(v, ["Humphrey|calls", "Humphrey|said"]);
        // A relative clause's antecedent may be a preposition's object.
        let v = triples("Among those who said they cared most about honesty, most supported Sanders.");
        assert_eq!((v[0].0.as_str(), v[0].2.as_str()), ("those", "they cared most about honesty"));
        let v = triples("It must convince enough of the superdelegates who have said they back Clinton.");
        assert_eq!(v[0].0, "superdelegates");
    }

    #[test]
    fn percentages_speak_and_programme_names_are_no_quotations() {
        let v = triples("In Virginia, 85% of Democrats said the economic system favors the wealthy.");
        assert_eq!((v[0].0.as_str(), v[0].2.as_str()), ("85% of Democrats", "the economic system favors the wealthy"));
        assert_eq!(triples("Overall, 18% said they would vote.")[0].0, "18%");
        assert!(run("The figure marks a 30% decline from the last primary.").is_empty());
        let s = one("Shays backed Kasich while he ran, he said Wednesday on MSNBC's \"Morning Joe.\"");
        assert_eq!((s.content.as_str(), s.kind), ("Shays backed Kasich while he ran", QuoteKind::Indirect));
        let s = one("He said on \"Fox News Sunday\" that the economy is weak.");
        assert_eq!(s.content, "the economy is weak");
    }

    #[test]
    fn senses_that_say_nothing_and_verb_first_speakers_after_another_cue() {
        assert!(run("Trump added to his portfolio of courses by buying two more.").is_empty());
        assert!(run("Boyle reported from every debate this cycle.").is_empty());
        // After another cue, ", said X" is a verb-first attribution, not the next predicate of
        // a series whose subject would be Obama's.
        let v = triples("Obama warned Xi not to move on the shoal, said an American official who was briefed on it.");
        assert!(v.iter().all(|(s, c, _)| c != "said" || s == "American official"), "{v:?}");
        // A role without an article after a verb-first speaker is its appositive.
        let s = one("The plan is dead, said Geert Wilders, founder of the party.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Geert Wilders", "The plan is dead"));
        assert_eq!(one("The agency reported Friday that jobs grew.").content, "jobs grew");
        assert_eq!(one("Trump added that he would buy two more.").content, "he would buy two more");
    }

    #[test]
    fn long_subjects_and_adverbs_or_dates_before_the_verb() {
        let t = |text: &str| triples(text).into_iter().map(|(s, _, c)| format!("{s}|{c}")).collect::<Vec<_>>();
        assert_eq!(t("Cruz has long said that he qualifies."), ["Cruz|he qualifies"]);
        assert_eq!(
            t(
                "The State Department less than two weeks ago said for the first time that intelligence had passed through."
            ),
            ["State Department|intelligence had passed through"]
        );
        // A subject too long to read back from its verb is the sentence's main subject.
        let v = t("Yet some voters who have listened to his speeches over the decades, on television or at \
                   campaign events, said he had less magnetism.");
        assert_eq!(v, ["voters|he had less magnetism"]);
        assert!(run("Take a look at what Latinos said about the race.").is_empty());
        // An appositive between double hyphens.
        assert_eq!(
            t("Kall -- co-editor of a book, a study of debates -- said the candidate tended to win."),
            ["Kall|the candidate tended to win"]
        );
        assert_eq!(
            one("Kall -- co-editor of a book -- said the candidate won.").speaker.unwrap().role.as_deref(),
            Some("co-editor of a book")
        );
        // "so" stands for the content it repeats.
        assert_eq!(t("After half said so in the earlier poll, the figure rose.")[0], "half|so");
    }

    #[test]
    fn evidence_and_agent_nouns_head_subjects_that_agree_with_their_verb() {
        let t = |text: &str| triples(text).into_iter().map(|(s, _, c)| format!("{s}|{c}")).collect::<Vec<_>>();
        // Evidence nouns without a determiner, before or after the content.
        assert_eq!(t("Exit polling showed that Clinton won every state."), ["Exit polling|Clinton won every state"]);
        assert_eq!(t("Clinton won every state, records showed."), ["records|Clinton won every state"]);
        // Plural agent nouns in -ers, but not verbs that end so.
        assert_eq!(
            t("If it does not slow down, forecasters say spending will cripple the economy."),
            ["forecasters|spending will cripple the economy"]
        );
        assert!(run("What the plan offers says a lot about the plan.").is_empty());
        // Poll comparisons report what respondents say; a bare forecast does not.
        assert_eq!(
            t("Caucus-goers were slightly more likely to say they preferred Clinton."),
            ["Caucus-goers|they preferred Clinton"]
        );
        assert!(run("Yellen is likely to argue that rates should rise.").is_empty());
        // A plural noun before a verb in -s is the end of a longer subject, not the subject.
        assert!(run("A look at his airplanes and helicopters suggests that their value lies in marketing.").is_empty());
        assert_eq!(
            t("The next series of emails shows that Reines asked for help.")[0],
            "next series|Reines asked for help"
        );
    }

    #[test]
    fn a_demand_is_an_attitude_but_not_in_a_condition_or_a_headline() {
        assert_eq!(
            triples("Palestinians want East Jerusalem as their capital."),
            [("Palestinians".to_string(), "want".to_string(), "East Jerusalem as their capital".to_string())]
        );
        assert!(run("The deal will pass if he wants a vote on it.").is_empty());
        assert!(run("Trump Must Decide If He Wants a Running Mate").is_empty());
    }

    #[test]
    fn a_particle_after_adverbials_completes_its_cue() {
        let v = run("Obama spoke at the White House on Tuesday about rights that had been denied victims.");
        assert_eq!(
            (v.len(), v[0].content.as_str(), v[0].cue.as_str()),
            (1, "rights that had been denied victims", "spoke ... about")
        );
        assert_eq!(one("Mr. Trump spoke favorably of Mr. Putin's leadership.").content, "Mr. Putin's leadership");
        // "of" after a noun and "about" before a number are no particles of the cue.
        assert!(run("The official spoke on condition of anonymity.").is_empty());
        assert!(run("The women spoke for about five minutes.").is_empty());
    }

    #[test]
    fn nouns_and_adjectives_shaped_like_cues_are_no_cues() {
        assert!(run("One of our biggest challenges is finding affordable housing.").is_empty());
        assert_eq!(triples("Gilbert said the boycott calls are unlikely to have a big effect.").len(), 1);
        assert!(
            run("Lobbyists avoid the law because its rules are so much more demanding, making them public.").is_empty()
        );
        // A verb of saying with a gap in its clause stays a cue.
        assert_eq!(triples("It was a speech which even critics say was the most powerful of her campaign.").len(), 1);
    }

    #[test]
    fn a_participle_after_a_clause_of_its_own_is_said_by_that_clause() {
        let v = triples(
            "Protest groups say the rules are unfair, and the American Civil Liberties Union of Ohio has \
             already sued the city over the rules, saying they violate free-speech rights.",
        );
        assert_eq!(v[1].0, "American Civil Liberties Union");
        // Without a clause between, the participle continues the statement before.
        let v = triples("Protest groups say the rules are unfair, saying they violate free-speech rights.");
        assert_eq!(v[1].0, "Protest groups");
    }

    #[test]
    fn a_state_after_its_town_is_no_speaker() {
        let v = run("Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event brought \
                     back memories. She said she had toured the museum.");
        let names: Vec<&str> = v.iter().map(|s| s.speaker.as_ref().unwrap().name.as_str()).collect();
        assert_eq!(names, ["Donna Sampson Rawlings", "Donna Sampson Rawlings"]);
    }

    #[test]
    fn a_web_address_is_a_site_not_a_person() {
        let v = run("Trump cited a false figure (the number is closer to 15 percent, according to Factcheck.org). \
                     He defended his position.");
        let names: Vec<&str> = v.iter().filter_map(|s| s.speaker.as_ref()).map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Trump", "Factcheck.org", "Trump"]);
        assert_eq!(v[1].speaker.as_ref().unwrap().kind, crate::model::SpeakerKind::Organization);
        // The aside in brackets is the site's, and carries nothing of Trump's.
        assert_eq!(v[1].content, "the number is closer to 15 percent");
        assert_eq!(v[0].relay, None);
        // A site told something is the press.
        let v = run("Dornella Conner was hurt. She told Kmov.com: 'I had no weapons.' Conner told the news channel \
                     that police had blocked the exit.");
        let relays: Vec<_> = v.iter().map(|s| s.relay.as_deref()).collect();
        assert_eq!(relays, [Some("Kmov.com"), Some("Kmov.com")], "{v:#?}");
    }

    #[test]
    fn unsourced_assessments_are_statements_without_a_speaker() {
        let s = one("The House is expected to pass a bipartisan bill later this week.");
        assert_eq!(
            (s.speaker.is_none(), s.content.as_str()),
            (true, "The House is expected to pass a bipartisan bill later this week")
        );
        assert_eq!(s.cue, "is expected");
        let s = one("The birth of the newest Clinton is expected to coincide with the conventions.");
        assert_eq!(s.content, "The birth of the newest Clinton is expected to coincide with the conventions");
        assert_eq!(
            one("Washington appears weak before the offensive.").content,
            "Washington appears weak before the offensive"
        );
        let s = one("Mr. Trump seemed to overstay his welcome.");
        assert_eq!((s.speaker.is_none(), s.cue.as_str()), (true, "seemed"));
        // Questions are put by someone unnamed, unless someone is said to raise them.
        let s = one("Trump has faced questions about business practices at his foundation.");
        assert_eq!((s.speaker.is_none(), s.content.as_str()), (true, "business practices at his foundation"));
        let s = one("Donald Trump is raising questions about his microphone problems.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.cue.as_str()), ("Donald Trump", "is raising questions about"));
        // An appearance is no assessment, nor is an expectation that is not a passive.
        assert!(run("Mr. Trump appeared on television on Sunday.").is_empty());
        assert!(run("The results came in as expected to the campaign.").is_empty());
        // Inside someone's statement or a quotation it is theirs.
        assert_eq!(triples("Smith said the bill seems likely to pass.").len(), 1);
        assert!(run("\"The bill seems likely to pass,\" he said.").iter().all(|s| s.speaker.is_some()));
    }

    #[test]
    fn questions_put_by_someone_unnamed_or_by_an_agent() {
        let v = run("Asked about it after a Republican debate, Trump told CNN that he believed the story was made up.");
        assert_eq!((v[0].speaker.is_none(), v[0].content.as_str()), (true, "it"));
        let v = run("At a town hall, Clinton was asked about securing the border during the debate.");
        assert_eq!((v[0].speaker.is_none(), v[0].content.as_str()), (true, "securing the border"));
        let s = one("Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.");
        assert_eq!(s.speaker.unwrap().name, "John Dickerson");
        // The answer's speaker is the clause's subject, not the question's unknown asker.
        let v = run("Asked whether he would serve, Mrs. Clinton shook her head and said, \"No.\"");
        assert_eq!(v[1].speaker.as_ref().map(|s| s.name.as_str()), Some("Clinton"));
    }

    #[test]
    fn a_question_left_open_is_reported_and_nothing_else_negated_is() {
        let s = one("The campaign would not say whether Sullivan has been interviewed by the FBI.");
        assert_eq!(
            (s.content.as_str(), s.stance),
            ("whether Sullivan has been interviewed by the FBI", crate::model::Stance::Neutral)
        );
        let s = one("Lawmakers have not said when they would take up the bill.");
        assert_eq!(s.content, "when they would take up the bill");
        assert!(run("The campaign did not say it would drop out.").is_empty());
        let s = one("Carson did not mention any of his opponents by name.");
        assert_eq!((s.content.as_str(), s.stance), ("any of his opponents by name", crate::model::Stance::Neutral));
        assert_eq!(
            triples("But environmentalists worry that the cost could fall to taxpayers.")[0].0,
            "environmentalists"
        );
    }

    #[test]
    fn a_quotation_after_the_cue_beats_the_clause_before_it() {
        let s = one("Soon after Wasserman Schultz was booed Monday, Canova wrote to his 20,000 Twitter followers, \
                     \u{201c}It\u{2019}s time to end her political career for good,\u{201d} and shared a link.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.kind), ("Canova", QuoteKind::Direct));
        // A quoted phrase before the speaker is no utterance when a quotation follows the cue.
        let s = one("Conceding a trade deal would come \u{201c}down the line\u{201d} he warned: \
                     \u{201c}It\u{2019}s not going to happen any time soon.\u{201d}");
        assert!(s.content.starts_with("\u{201c}It"), "{}", s.content);
    }

    #[test]
    fn an_outlet_addressee_named_after_its_kind_relays() {
        let v = run("Another employee told German magazine Der Spiegel \u{201c}We have a complaint,\u{201d} while \
                     police said they were investigating.");
        assert_eq!(
            (v[0].relay.as_deref(), v[0].content.as_str()),
            (Some("Der Spiegel"), "\u{201c}We have a complaint,\u{201d}")
        );
        assert_eq!(v[1].content, "they were investigating");
        let s = one("Peskov told Russian news agency TASS that the talks failed.");
        assert_eq!((s.relay.as_deref(), s.content.as_str()), (Some("TASS"), "the talks failed"));
        // An adverbial before a colon that ends the sentence hands over to the next paragraph.
        let s = one("He told his audience, to rowdy applause:\n\n\"We will win.\"");
        assert_eq!(s.content, "\"We will win.\"");
    }

    #[test]
    fn time_phrases_and_workplaces_are_no_part_of_the_speaker() {
        assert_eq!(triples("The State Department two weeks ago said the emails were secret.")[0].0, "State Department");
        assert_eq!(triples("The three said no.")[0].0, "three");
        assert!(
            triples("Following the release of a video threatening the city, police said it was calm.")
                .iter()
                .all(|(speaker, _, _)| speaker != "Following")
        );
        let s = one("\"The impact is small,\" wrote Cameron Easley for Morning Consult.");
        assert_eq!(s.speaker.unwrap().name, "Cameron Easley");
    }

    #[test]
    fn a_sentence_ending_with_its_cue_hands_over_to_the_next_quotation() {
        let v = triples("Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"");
        assert_eq!(
            v,
            [(
                "Dianne Bystrom".to_string(),
                "agreed".to_string(),
                "\"Mainstream Republicans are running out of time.\"".to_string()
            )]
        );
        let v = triples("Her friend Brittany Lockwood, 20, chimed in. \"I did laugh.\"");
        assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("Brittany Lockwood", "chimed in"));
        // Not when the next sentence is no quotation, or the quotation has its own speaker.
        assert!(run("Smith agreed. The vote was close.").is_empty());
        let v = triples("Smith agreed. \"It is over,\" Jones said.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "Jones");
    }

    #[test]
    fn subjects_with_quantifiers_coordination_and_postmodifiers() {
        let speaker = |text: &str| one(text).speaker.map(|s| s.surface).unwrap_or_default();
        // A floating quantifier is no subject.
        assert_eq!(
            speaker("Ben Carson and Rand Paul have all attacked the program as a violation."),
            "Ben Carson and Rand Paul"
        );
        assert_eq!(
            speaker("The actors involved are all quick to point out that they are not political."),
            "The actors involved"
        );
        // A participle or adjective right before a noun for people is part of the subject.
        assert_eq!(speaker("But elected officials said that the plan would fail."), "elected officials");
        assert_eq!(
            speaker("Patriot filed in Richmond, where restructuring experts say judges are quick."),
            "restructuring experts"
        );
        // ... not when a verb phrase opens the subject.
        assert!(
            run("He mocked Bush by referencing a super PAC called Right to Rise.")
                .iter()
                .all(|s| s.speaker.as_ref().is_none_or(|p| !p.surface.starts_with("referencing")))
        );
        // Conjuncts headed by nouns for people; coordinated adjectives before a postmodifier.
        assert_eq!(
            speaker("Friends and former foes say that Trump is picking the right man."),
            "Friends and former foes"
        );
        assert_eq!(
            speaker(
                "But current and former officials in the FBI and at the Justice Department have said investigators are trying."
            ),
            "current and former officials"
        );
        // A postmodified subject before an appositive between dashes or of examples.
        assert_eq!(
            speaker("Even so, insiders in the next two states — Nevada and South Carolina — said it is important."),
            "insiders"
        );
        assert_eq!(
            speaker(
                "But veterans at Trump rallies in South Carolina this week, including Mr. Jebens, said they had no problem."
            ),
            "veterans"
        );
        // "Friends of Mr. Clinton" are not Mr. Clinton, even opening the sentence.
        let s = one("Friends of Mr. Clinton say that the energy has matured.");
        assert_ne!(s.speaker.unwrap().name, "Clinton");
    }

    #[test]
    fn a_perfect_participle_opening_the_sentence_is_said_by_the_main_subject() {
        let s = one("Having announced that he would not send me to prison, Judge Berman proceeded to sentence me.");
        assert_eq!(
            (s.speaker.unwrap().name.as_str(), s.content.as_str()),
            ("Berman", "he would not send me to prison")
        );
        // "Having said that," reports nothing.
        assert!(run("Having said that, the economy is strong.").is_empty());
    }

    #[test]
    fn a_clause_after_and_may_open_with_a_noun_for_people() {
        let s =
            one("At the event, his voice seemed weaker than in past campaigns, and people had to strain to hear him.");
        assert_eq!(s.content, "his voice seemed weaker than in past campaigns");
    }

    #[test]
    fn openers_that_are_names_dates_or_adverbials() {
        let speaker = |text: &str| one(text).speaker.map(|s| s.surface).unwrap_or_default();
        // A first name in -ly, -ed or -ing opens no adverbial phrase.
        assert_eq!(
            speaker("Carly Fiorina backed Cruz, saying it is time to have a real conservative."),
            "Carly Fiorina"
        );
        // A date opening the sentence is not part of the speaker.
        assert_eq!(speaker("On September 27 they published their check by announcing that it was true."), "they");
        assert_eq!(speaker("Last week Hope Hicks, the top spokeswoman, said she would get back to me."), "Hope Hicks");
        assert_eq!(speaker("This week the senator said she would get back to me."), "the senator");
        // "another" speaks through a past-tense cue.
        assert_eq!(speaker("Yet another said that Rubio is in a five-person battle."), "another");
        // A coordinated cue after an adverbial shares the subject.
        let v = triples(
            "The employee first said he did not recall it, but in a later interview said he deleted the archive.",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[1].0.as_str(), v[1].2.as_str()), ("employee", "he deleted the archive"));
    }

    #[test]
    fn evidence_subjects_with_a_reduced_relative_clause() {
        let speaker = |text: &str| one(text).speaker.map(|s| s.surface).unwrap_or_default();
        assert_eq!(
            speaker(
                "The poll, released on Wednesday night by the Public Policy Institute of California, showed Mrs. Clinton leading."
            ),
            "The poll"
        );
        assert_eq!(
            speaker("New numbers released Tuesday by the state Division of Elections show 300,000 voters went early."),
            "New numbers"
        );
        assert_eq!(
            speaker(
                "Figures released by the Broadcasters Audience Research Board in Britain for the week of the vote, for example, showed that the network had 926,000 viewers."
            ),
            "Figures"
        );
        // A person's "showed" reports nothing.
        assert!(run("Mr. Trump, flanked by aides on Monday, showed reporters the wall.").is_empty());
    }

    #[test]
    fn views_reported_with_an_adjective_of_attitude() {
        let v = triples("Democratic leaders are increasingly worried about a lack of passion among young voters.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0.as_str(), v[0].2.as_str()), ("Democratic leaders", "a lack of passion among young voters"));
        let s = one("Graham has been critical of Trump.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.content.as_str()), ("Graham", "Trump"));
        let s = one("Ms. Henry remains confident that the union can keep its members.");
        assert_eq!(s.content, "the union can keep its members");
        // A forecast, an expletive subject or an infinitive reports nobody's view.
        assert!(run("The mandate is sure to spur a declaration of war by the industry.").is_empty());
        assert!(run("It is far from certain that the views shaped the campaign.").is_empty());
        assert!(run("There are reasons to be skeptical about the transition.").is_empty());
    }

    #[test]
    fn an_institution_speaks_in_its_which_clause() {
        let v = triples("The National Rifle Association, which has endorsed Trump, used the comments.");
        assert_eq!(v, [("National Rifle Association".to_string(), "has endorsed".to_string(), "Trump".to_string())]);
        // A "which" after a thing is no speaker's.
        let v = triples("The plan, which critics say is flawed, passed.");
        assert_eq!(v[0].0, "critics");
    }

    #[test]
    fn a_participle_after_said_before_continues_the_speaker() {
        let v = triples("\"Nothing you can do, folks,\" Trump said before adding: \"Maybe there is, I don't know.\"");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[1].0.as_str(), v[1].1.as_str()), ("Trump", "adding"));
    }

    #[test]
    fn a_name_after_a_place_of_two_words_is_no_antecedent_for_he() {
        let v = triples(
            "Bill Clinton spoke in Iowa. In a speech at a New Hampshire Elks lodge, he said that voters would win.",
        );
        assert_eq!(v[0].0, "Bill Clinton");
        let v = triples("New York Mayor Bill de Blasio praised the plan. He said that it would work.");
        assert_eq!(v[1].0, "Bill de Blasio");
        // An agency's name is no person's either.
        let v = triples(
            "Barack Obama spoke. Immigration and Customs Enforcement agents fanned out. He announced a program.",
        );
        assert_eq!(v[0].0, "Barack Obama");
    }

    #[test]
    fn a_parenthetical_attribution_before_a_named_subject() {
        let s = one("In some ways, the brothers noted, Trump might appreciate their performance.");
        assert_eq!(s.content, "In some ways, the brothers noted, Trump might appreciate their performance");
        assert_eq!(s.speaker.unwrap().surface, "the brothers");
        let s = one("The contrast with Trump, said Doyle and others, would be clear.");
        assert_eq!(s.speaker.unwrap().surface, "Doyle and others");
    }

    #[test]
    fn characterizing_verbs_report_a_view() {
        let s =
            one("Germany's Chancellor Angela Merkel heralded the deal with Turkey as a \u{201c}breakthrough.\u{201d}");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.cue.as_str()), ("Angela Merkel", "heralded"));
        let s = one("Bernie Sanders continued to portray her as hiding something.");
        assert_eq!(s.content, "her as hiding something");
        // "advocates" is a noun for people first.
        assert_eq!(triples("Gun-rights advocates say the law is flawed.")[0].0, "Gun-rights advocates");
    }

    #[test]
    fn a_relative_clause_with_a_party_tag_and_a_coordinated_predicate() {
        let v = triples(
            "Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump, said Trump was seeking a media empire.",
        );
        assert_eq!(v.len(), 3, "{v:?}");
        assert_eq!((v[2].0.as_str(), v[2].1.as_str()), ("Beck", "said"));
    }

    #[test]
    fn a_clause_of_concession_after_the_attribution_is_not_the_content() {
        let v = triples(
            "The review will not be complete by Election Day, officials said, although they said there was a chance.",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].2, "The review will not be complete by Election Day");
        assert_eq!(v[1].2, "there was a chance");
    }

    #[test]
    fn a_content_with_nothing_said_is_dropped_but_lends_its_speaker() {
        // "denounced Thursday": the object is a date; "said little": the participle after it
        // still continues Lazar's report.
        assert!(
            run("The alt-right \u{2014} which Hillary Clinton denounced Thursday \u{2014} is building a base.")
                .iter()
                .all(|s| s.cue != "denounced")
        );
        let v =
            triples("In court, Lazar said little, offering only short confirmations that he understood the charges.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("Lazar", "offering"));
        // A quoted word is what was said.
        assert_eq!(one("\u{201c}Really,\u{201d} she added.").content, "\u{201c}Really,\u{201d}");
    }

    #[test]
    fn a_passive_participle_after_a_noun_names_no_speaker() {
        assert!(run("The man accused of buying the guns was denied bail.").iter().all(|s| s.cue != "accused"));
        // An object before the subject keeps the verb active.
        let v = run("His friend is Joel Benenson, whom one insider described as \u{201c}his brother.\u{201d}");
        assert!(
            v.iter().any(|s| s.cue == "described" && s.speaker.as_ref().unwrap().surface == "one insider"),
            "{v:#?}"
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_description_is_the_speaker() {
        let s = one("Another pollster, David Woodard of Clemson University, said the race was close.");
        assert_eq!((s.speaker.as_ref().unwrap().name.as_str(), s.anonymous), ("David Woodard", false));
        // The relative pronoun after a name's appositive stands for the name.
        let v = run("\"It is over,\" said Matt Bai, a political columnist for Yahoo, who said the campaign had ended.");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert!(v.iter().all(|s| s.speaker.as_ref().unwrap().name == "Matt Bai" && !s.anonymous), "{v:#?}");
    }

    #[test]
    fn a_verb_first_description_named_by_its_appositive() {
        let v = triples(
            "\u{201c}She is a super-wonk,\u{201d} said Clinton\u{2019}s communications director, Jennifer Palmieri, adding that she would win.",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v.iter().all(|t| t.0 == "Jennifer Palmieri"), "{v:?}");
        // With a title, a place and a party tag.
        let s = one("Another former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated his intention to vote.");
        assert_eq!((s.speaker.as_ref().unwrap().name.as_str(), s.anonymous), ("Joe Lieberman", false));
        let s = one("Clinton's Democratic opponent, Vermont Sen. Bernie Sanders, also praised the actions.");
        assert_eq!(s.speaker.as_ref().unwrap().name, "Bernie Sanders");
        let s = one("The Podesta Group's CEO, Kimberley Fritts, said it was over.");
        assert_eq!(s.speaker.as_ref().unwrap().name, "Kimberley Fritts");
        let v = run("\"It is dangerous,\" said former Sen. Evan Bayh, a moderate Democrat who declined to run again.");
        assert!(v.iter().all(|s| s.speaker.as_ref().unwrap().name == "Evan Bayh" && !s.anonymous), "{v:#?}");
        // Past an age, too.
        let s = one("Elizabeth Arnold, 32, a former staff member for the campaign, who said she was fired, disagreed.");
        assert_eq!((s.speaker.as_ref().unwrap().name.as_str(), s.anonymous), ("Elizabeth Arnold", false));
    }

    #[test]
    fn a_description_is_the_fitting_person_mentioned_last() {
        let v = run(
            "Rules Committee Chairman Bruce Ash criticized RNC Chairman Reince Priebus. Priebus said he opposed the change. Ash said the change was needed.\n\nPriebus has pushed back on the charges.\n\nThe chairman said Sunday on CNN that he opposes any changes.",
        );
        let last = v.last().unwrap();
        assert_eq!(last.speaker.as_ref().unwrap().name, "Reince Priebus", "{v:#?}");
        assert_eq!(last.relay.as_deref(), Some("CNN"));
    }

    #[test]
    fn a_role_noun_before_a_name_is_its_role() {
        let v = run(
            "Oscar-winning actress Susan Sarandon is not sure.\n\n\"It is over,\" Sarandon told MSNBC.\n\nThe actress said she was tired of the status quo.",
        );
        let last = v.last().unwrap();
        assert_eq!((last.speaker.as_ref().unwrap().name.as_str(), last.anonymous), ("Susan Sarandon", false));
        // A description of another party is someone else.
        let v = run(
            "Libertarian presidential candidate Gary Johnson said he would debate.\n\nThe Democratic presidential candidate said she would not.",
        );
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_ne!(v[1].speaker.as_ref().unwrap().name, "Gary Johnson");
    }

    #[test]
    fn a_relay_does_not_carry_over_to_another_occasion() {
        let v = run(
            "Broaddrick told Breitbart that she was afraid. She said she never spoke of it.\n\nIn another interview, Broaddrick said she had been threatened.",
        );
        assert_eq!(v.len(), 3, "{v:#?}");
        assert_eq!(v[1].relay.as_deref(), Some("Breitbart"));
        assert_eq!(v[2].relay, None);
    }

    #[test]
    fn an_interview_carries_over_another_speakers_words_and_a_paragraph_between() {
        let v = run(concat!(
            "\"It is more of a consideration,\" Cuban said in an interview on NBC.\n\n",
            "Pushed by the host on what could bring him to run, Cuban demurred.\n\n",
            "\"It's too early to tell,\" said Cuban.\n\n",
            "Kelly responded: \"Can happen.\"\n\n",
            "\"There are so many variables,\" Cuban said."
        ));
        let cuban: Vec<_> = v.iter().filter(|s| s.speaker.as_ref().is_some_and(|x| x.name == "Cuban")).collect();
        assert_eq!(cuban.len(), 3, "{v:#?}");
        assert!(cuban.iter().all(|s| s.relay.as_deref() == Some("NBC")), "{cuban:#?}");
        // Further than two paragraphs on, the speaker is on another occasion as far as we know.
        let v = run("Cuban told NBC he might run.\n\nA.\n\nB.\n\nC.\n\n\"No,\" Cuban said.");
        assert_eq!(v.last().unwrap().relay, None, "{v:#?}");
    }

    #[test]
    fn a_coordinated_cue_takes_the_whole_subject() {
        for (text, who) in [
            (
                "A Polish teenager woke up during the operation and asked the doctors how it was going.",
                "Polish teenager",
            ),
            ("A teenager woke up during the operation and asked the doctors how it was going.", "teenager"),
        ] {
            assert_eq!(one(text).speaker.unwrap().name, who, "{text}");
        }
    }

    #[test]
    fn an_epithet_is_the_person_who_just_spoke_when_it_fits_them() {
        let v = run(
            "Donald Trump told Fox News that people should fight back. Asked if he was ever bullied, the Republican presidential candidate said no.",
        );
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Donald Trump", "{v:#?}");
        assert!(!v.last().unwrap().anonymous);
        let s = &run(
            "David Axelrod called on Dean to apologize. \"It was outrageous,\" Obama's former campaign strategist said.",
        )[1];
        assert_eq!(s.speaker.as_ref().unwrap().name, "David Axelrod");
        // Past an organisation speaking in between; an age is an epithet too.
        let v = run(
            "Donald Trump said he would go.\n\nHis campaign confirmed the meeting.\n\nThe real estate mogul declined to elaborate on his plans.",
        );
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Donald Trump", "{v:#?}");
        let v =
            run("Peter Serafinowicz posted the clip on Thursday. \"What if he had lessons?\" the 43-year-old wrote.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Peter Serafinowicz", "{v:#?}");
        // Not a party's candidate for another party's, nor a woman for "the businessman", nor an
        // office the article did not give them.
        for text in [
            "Democratic candidate Hillary Clinton said she would win. The Republican presidential candidate said she would not.",
            "Hillary Clinton said she would win. The New York businessman said she would not.",
            "Jane Doe said she would win. The senator said she would not.",
        ] {
            let v = run(text);
            assert_ne!(v[1].speaker.as_ref().unwrap().name, v[0].speaker.as_ref().unwrap().name, "{text}");
        }
    }

    #[test]
    fn outlets_by_the_shape_of_their_names() {
        let relays = |text: &str| run(text).into_iter().map(|s| s.relay).collect::<Vec<_>>();
        assert_eq!(
            relays("The man was arrested, Central European News reports."),
            [Some("Central European News".into())]
        );
        assert_eq!(relays("The teacher told Pink News he had been worried."), [Some("Pink News".into())]);
        assert_eq!(relays("Three men were detained, WCVB reported."), [Some("WCVB".into())]);
        assert_eq!(relays("She told KMOV-TV that it was true."), [Some("KMOV-TV".into())]);
        assert_eq!(relays("Simone told FOX 2 News that the story is not true."), [Some("FOX 2 News".into())]);
        assert_eq!(
            relays("Women may be forced to cover up, the news website Bikya Masr reported."),
            [Some("Bikya Masr".into())]
        );
        assert_eq!(relays("According to Buzzfeed, the woman became a sensation."), [Some("BuzzFeed".into())]);
        assert_eq!(
            relays("\"It is our fight,\" Graham said on \"Fox News Sunday.\""),
            [Some("Fox News Sunday".into())]
        );
        // "a Baton Rouge newspaper" names a place, not the newspaper.
        assert_eq!(relays("A Baton Rouge newspaper called on Clinton to visit."), [None]);
        // A lone "News" opening a sentence is no outlet, nor is a year's name a person.
        assert_eq!(relays("News of the search would leak, he said."), [None]);
    }

    #[test]
    fn newspapers_by_short_name_and_reporters_reaching_a_speaker_are_relays() {
        let relays = |text: &str| run(text).into_iter().map(|s| s.relay).collect::<Vec<_>>();
        assert_eq!(relays("He told the New York Times that he would run."), [Some("New York Times".into())]);
        assert_eq!(relays("The source told the Post that the deal was off."), [Some("Post".into())]);
        assert_eq!(
            relays("When reached by the Associated Press, Lewandowski said he had no comment."),
            [Some("Associated Press".into())]
        );
    }

    #[test]
    fn an_outlet_on_the_air_or_naming_the_occasion_is_the_relay() {
        let relays = |text: &str| run(text).into_iter().map(|s| s.relay).collect::<Vec<_>>();
        assert_eq!(relays("The chairman said Sunday on CNN that the race was over."), [Some("CNN".into())]);
        assert_eq!(relays("During a CNN town hall, Trump said he would win."), [Some("CNN".into())]);
        assert_eq!(relays("In a Fox News interview, Cruz said he would stay."), [Some("Fox News".into())]);
        // An outlet told to do something is addressed, not carrying the words.
        let told = relays("The bank wrote to RT, telling the broadcaster to take its business elsewhere.");
        assert!(!told.is_empty() && told.iter().all(Option::is_none), "{told:?}");
        // A known outlet in the content is what was said about, not the channel.
        assert_eq!(relays("Cruz said CNN was unfair."), [None]);
    }

    #[test]
    fn an_outlet_citing_a_source_relays_it() {
        let s = one("The aide was fired, the Post reported, citing an anonymous source.");
        assert_eq!(s.content, "The aide was fired");
        assert_eq!(s.relay.as_deref(), Some("Post"));
        assert!(s.anonymous);
        assert_eq!(s.speaker.unwrap().surface, "an anonymous source");
    }

    #[test]
    fn a_poll_phrase_running_into_a_clause_is_no_source() {
        let v = triples("One in four voters in a New York Times poll last year said illegal immigrants should leave.");
        assert!(v.iter().all(|t| t.1 != "in"), "{v:?}");
        assert!(v.iter().any(|t| t.1 == "said"), "{v:?}");
        let v = triples("Clinton leads by six points in a new CBS News poll.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "in");
    }

    #[test]
    fn a_programme_named_today_is_no_date() {
        let s = one("Trump told NBC's Today show that he would win.");
        assert_eq!(s.content, "he would win");
        // A known outlet owning the programme is named ("MSNBC's Morning Joe" likewise).
        assert_eq!(s.relay.as_deref(), Some("NBC"));
        assert_eq!(s.said_on.stated(), None);
    }

    #[test]
    fn an_outlet_reporting_on_its_own_is_its_own_relay() {
        let v = run("CNBC reported that the mood in Beijing was pessimistic. The news organization, citing an \
                     anonymous government source, reported that Trump was reluctant to cut tariffs.");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!((v[0].speaker.as_ref().unwrap().name.as_str(), v[0].relay.as_deref()), ("CNBC", Some("CNBC")));
        // The cited source speaks through the outlet "the news organization" stands for.
        assert_eq!(v[1].speaker.as_ref().unwrap().surface, "an anonymous government source");
        assert!(v[1].anonymous);
        assert_eq!(v[1].relay.as_deref(), Some("CNBC"));
        // An outlet's journalist is no outlet; "the agency" is as often a government's.
        assert_eq!(one("CNN's Dana Bash said the race was close.").relay, None);
        assert_eq!(one("The agency said the talks would resume.").relay, None);
    }

    #[test]
    fn relays_by_journalist_report_and_a_declined_comment() {
        let s = one("The senator told CNN anchor Jake Tapper on Sunday that the bill would pass.");
        assert_eq!((s.relay.as_deref(), s.content.as_str()), (Some("CNN"), "the bill would pass"));
        let s =
            one("\"He is not entitled to immunity,\" said one legal expert, as reported by the Independent newspaper.");
        assert_eq!(s.relay.as_deref(), Some("Independent"));
        let s = one("An Alibaba spokesperson declined to comment on the pricing to Reuters.");
        assert_eq!(s.relay.as_deref(), Some("Reuters"));
        assert_eq!(one("She told Us Weekly that she was happy.").relay.as_deref(), Some("Us Weekly"));
        assert_eq!(one("A source told People that the couple had split.").relay.as_deref(), Some("People"));
        let s = one("He told the people that they were free.");
        assert_eq!((s.relay, s.content.as_str()), (None, "they were free"));
        let s = one("\"I put lipstick on a pig,\" he told the New Yorker’s Jane Mayer.");
        assert_eq!(s.relay.as_deref(), Some("New Yorker"));
        let s = one("Jane Ogden told the Victoria Derbyshire TV show, “Shaming is the wrong way forward.”");
        assert_eq!(s.content, "“Shaming is the wrong way forward.”");
        assert!(s.relay.is_some());
        let s =
            one("Apple plans a new laptop, according to industry sources cited by Taiwanese publication DigiTimes.");
        assert_eq!((s.speaker.unwrap().surface.as_str(), s.relay.as_deref()), ("industry sources", Some("DigiTimes")));
        assert_eq!(one("Fan Mengguang told the media that the case is isolated.").relay, None);
        let v = run("Reuters reported that officials said the deal was off.");
        assert!(v.iter().all(|s| s.relay.as_deref() == Some("Reuters")), "{v:#?}");
        assert_eq!(one("De Blasio, speaking on WOR710, called Trump a blowhard.").relay.as_deref(), Some("WOR710"));
        assert_eq!(one("The official, speaking on condition of anonymity, said the talks failed.").relay, None);
        let v = run(
            "Gingrich was interviewed on Thursday by the Chicago Tribune. \"I like circuses,\" he told the newspaper.",
        );
        assert_eq!(v.last().unwrap().relay.as_deref(), Some("Chicago Tribune"), "{v:#?}");
        let v = run("\"I wish I could be like that,\" he told CNBC. A couple of years later, he echoed that comment.");
        assert_eq!(v.last().unwrap().relay, None, "{v:#?}");
        let v = run(
            "Jeff Weaver says the gap in delegates, which stood at 263, is closing, according to an Associated Press count.",
        );
        assert_eq!(v[0].relay, None, "{v:#?}");
        let s =
            one("\"Delegates should vote as they see fit,\" Walker said, according to an Associated Press account.");
        assert_eq!(s.relay.as_deref(), Some("Associated Press"));
        let s = one("\"He deserved it,\" the assailant, John McGraw, told the television program Inside Edition.");
        assert_eq!(s.relay.as_deref(), Some("Inside Edition"));
        let s = one("Democratic sources said in a recent New York Times story that Clinton could retain Lynch.");
        assert_eq!(s.relay.as_deref(), Some("New York Times"));
    }

    #[test]
    fn generic_groups_are_not_anonymous_sources() {
        assert!(!one("Critics said the plan was flawed.").anonymous);
        assert!(!one("The researchers said the data were incomplete.").anonymous);
        assert!(one("Officials said the plan was flawed.").anonymous);
        assert!(one("One critic said the plan was flawed.").anonymous);
    }

    #[test]
    fn a_description_continuing_a_named_speaker_is_that_speaker() {
        let v = run("Professor of health psychology Jane Ogden told the BBC, “Shaming is the wrong way forward.” \
                     The University of Surrey expert continued, “All of the evidence is that shaming makes people feel worse.”");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert!(v.iter().all(|s| s.speaker.as_ref().unwrap().name == "Jane Ogden" && !s.anonymous), "{v:#?}");
        // A new description with another cue is someone else.
        let v =
            run("Jane Ogden told the BBC that shaming was wrong. A University of Surrey expert said it was harmful.");
        assert_eq!(v[1].speaker.as_ref().unwrap().name, "University of Surrey expert");
        // Unnamed relatives and bystanders are anonymous.
        assert!(one("One relative said the family was devastated.").anonymous);
        // A group a named person leads is not; a name in apposition, past the role's
        // qualifiers or whom it serves, speaks.
        assert!(!one("Ms. Henry and other labor leaders say they can keep their members.").anonymous);
        assert!(!one("The family of slain journalist James Foley said they were threatened.").anonymous);
        assert!(!one("Foley's mother said she was angry.").anonymous);
        for text in [
            "His wife, longtime Hillary Clinton aide Huma Abedin, announced they were separated.",
            "They were separated, said a former spokesman for the couple, Huma Abedin.",
        ] {
            let s = one(text);
            assert_eq!((s.speaker.as_ref().unwrap().name.as_str(), s.anonymous), ("Huma Abedin", false), "{text}");
        }
    }

    #[test]
    fn a_headline_takes_the_relay_and_date_of_its_lede() {
        let a = Article {
            text:
                "Obama: Americans Will Say No to Trump\n\nSunday on CNN’s “Fareed Zakaria GPS,” President Barack Obama \
                   said he expected that Americans would reject Trump."
                    .into(),
            published: Some("2016-09-05".into()),
            ..Default::default()
        };
        let v = extract_article(&a);
        assert!(v.len() >= 2, "{v:#?}");
        assert_eq!(v[0].relay.as_deref(), Some("CNN"), "{v:#?}");
        assert_eq!(v[0].said_on.stated().as_deref(), Some("2016-09-04"));
        // A lede that sums up takes them too, from its speaker's first statement that names
        // the occasion.
        let v = run(concat!(
            "Cuban: I would consider a bid\n\n",
            "Mark Cuban, the owner of the Dallas Mavericks, says he is open to running.\n\n",
            "\"It is more of a consideration,\" Cuban said in an interview on NBC."
        ));
        assert_eq!(v.len(), 3, "{v:#?}");
        assert!(v.iter().all(|s| s.relay.as_deref() == Some("NBC")), "{v:#?}");
        // "He later suggested": another occasion, which the interview's relay does not reach.
        let v = run("Trump told Fox News that he fights back. He later suggested that she was biased.");
        assert_eq!((v[0].relay.as_deref(), v[1].relay.as_deref()), (Some("Fox News"), None), "{v:#?}");
    }

    #[test]
    fn a_name_before_two_appositives_speaks() {
        let s =
            one("Willie Minor, an African-American actor in Dallas, who runs a small theater company, recalled that \
                     his lenders gave him extensions.");
        assert_eq!((s.speaker.unwrap().name.as_str(), s.anonymous), ("Willie Minor", false));
        let s =
            one("In Dallas, an African-American actor, who runs a small theater company, recalled that it was hard.");
        assert!(s.anonymous, "{s:#?}");
    }

    #[test]
    fn a_tally_added_to_is_no_statement() {
        assert!(run("Rookie Emil Bemstrom added a goal and an assist, and Columbus beat Montreal.").is_empty());
        assert!(run("A family friend called 911.").is_empty());
        assert_eq!(one("He added a warning that the talks could fail.").cue, "added");
        let v = triples("\"It is too close,\" added another New Hampshire Republican.");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_month_or_year_between_subject_and_verb_dates_the_statement() {
        let said = |text: &str| {
            let a = Article { text: text.into(), published: Some("2020-01-16".into()), ..Default::default() };
            let v = extract_article(&a);
            assert_eq!(v.len(), 1, "{v:#?}");
            let s = v.into_iter().next().unwrap();
            (s.speaker.unwrap().surface, s.said_on.stated())
        };
        assert_eq!(
            said("Microsoft in 2017 announced that it would be carbon neutral."),
            ("Microsoft".into(), Some("2017".into()))
        );
        assert_eq!(said("Clinton in March said the deal was bad."), ("Clinton".into(), Some("2019-03".into())));
        assert_eq!(said("Back in 2009 she told Oprah that she was unhappy.").1, Some("2009".into()));
        // The week before 2020-01-16 ran from 6 to 12 January.
        assert_eq!(said("Williams said in a speech last week that rates were fine.").1, Some("2020-01".into()));
        // A year further from the cue dates something else.
        assert_eq!(said("He was born in 1987 and says the deal was bad.").1, None);
    }

    #[test]
    fn plural_nouns_and_organisation_names_are_read_as_such() {
        // A cue form after a number or an adjective is the noun.
        assert!(run("Officials began receiving 911 calls Tuesday afternoon.").is_empty());
        assert!(run("Google's big promises haven't arrived yet.").is_empty());
        assert_eq!(one("The company's spokesman claims the product is safe.").cue, "claims");
        // An organisation's short form is part of the source; its head names it whole.
        let s = one("According to the Centers for Disease Control and Prevention (CDC) in the US, the plague is rare.");
        assert_eq!(s.content, "the plague is rare");
        assert_eq!(s.speaker.unwrap().name, "Centers for Disease Control and Prevention");
        // A place before a known first name says where the person serves.
        let v = run("U.S. Attorney for the District of Massachusetts Joshua Levy said the case is open. Levy said no.");
        let names: Vec<_> = v.iter().map(|s| s.speaker.as_ref().unwrap().name.as_str()).collect();
        assert_eq!(names, ["Joshua Levy", "Joshua Levy"], "{v:#?}");
        // A clause of time after a comma is no appositive of the phrase before it.
        let s = one("The alert began at 6 p.m., when reserves stood at 12 percent, said David Marcus, a consultant.");
        assert_eq!(s.speaker.unwrap().name, "David Marcus");
        assert_eq!(s.content, "The alert began at 6 p.m., when reserves stood at 12 percent");
        // The medium is no part of the content; a new statement after a dash ends it.
        assert_eq!(one("Trump claimed victory in a tweet.").content, "victory");
        let v = run("Clinton says Sanders took donations and \u{201c}there\u{2019}s nothing wrong with that\u{201d} \
                     \u{2014} asserting that they did not change his views.");
        assert_eq!(
            v[0].content, "Sanders took donations and \u{201c}there\u{2019}s nothing wrong with that\u{201d}",
            "{v:#?}"
        );
    }

    #[test]
    fn the_reader_and_people_at_large_are_no_sources() {
        // A condition put to the reader is no statement.
        assert!(run("If you want to play from Google, then stream it right away.").is_empty());
        assert!(run("Bolger's strict liability claims depend on Amazon's own activities.").is_empty());
        // People at large are a generic group; unnamed commenters and people familiar with a
        // matter are anonymous.
        assert!(!one("Some people said the singer looked too thin.").anonymous);
        assert!(one("One commenter wrote that she looked starved.").anonymous);
        assert!(one("People familiar with the talks said China was wary.").anonymous);
        // A person noun heads its phrase past "on"/"of" ("a user on Weibo", "a reader of this
        // blog"); "Another said" is one more unnamed person.
        let v = run("One user on Weibo wrote that it was bad. Another said that it was worse. \
                     A reader of this blog asked how fast it was.");
        let anon: Vec<_> = v.iter().map(|s| (s.speaker.as_ref().unwrap().kind, s.anonymous)).collect();
        assert_eq!(anon, [(SpeakerKind::Description, true); 3], "{v:#?}");
    }

    #[test]
    fn an_acronym_the_article_defines_names_the_same_source() {
        let v = run("Showa Denko K.K. (SDK) makes platters. SDK announced that it had improved the technology. \
                     The California Independent System Operator (California ISO) runs the grid. California ISO said \
                     that two plants shut down.");
        let names: Vec<_> = v.iter().map(|s| s.speaker.as_ref().unwrap().name.as_str()).collect();
        assert_eq!(names, ["Showa Denko K.K.", "California Independent System Operator"], "{v:#?}");
        // An outlet by its acronym is a relay under its name; an undefined acronym stays as written.
        let v = run("Tom Smith spoke to Central European News (CEN) last week. He told CEN that he was happy.");
        assert_eq!(v[0].relay.as_deref(), Some("Central European News"), "{v:#?}");
        assert_eq!(one("The ACLU said that the law was unjust.").speaker.unwrap().name, "ACLU");
        // An undefined acronym stands for a name written out with exactly its initials.
        let v = run("The Federal Bureau of Investigation opened a case in May. The FBI said that it was looking.");
        assert_eq!(v[0].speaker.as_ref().unwrap().name, "Federal Bureau of Investigation", "{v:#?}");
        assert_eq!(one("The FBI said that the Bureau was looking.").speaker.unwrap().name, "FBI");
    }

    #[test]
    fn magazines_by_possessive_names_and_talks_about_a_topic_are_relayed() {
        let v = run("Celine Dion spoke to The Guardian about her childhood. Celine Dion told Woman's Weekly that \
                     she was poor. Peskov told Russia's TASS that it was false.");
        let relays: Vec<_> = v.iter().map(|s| s.relay.as_deref()).collect();
        assert_eq!(relays, [Some("Guardian"), Some("Woman's Weekly"), Some("TASS")], "{v:#?}");
    }

    #[test]
    fn a_dash_or_a_writers_clause_parts_the_content_from_what_follows() {
        // A spaced hyphen is a dash between clauses; its date stays in its own clause.
        let v =
            run("Clinton proposed a debate on April 4 - but the Sanders campaign rejected the idea as \"ludicrous\".");
        assert_eq!(v[0].content, "a debate on April 4", "{v:#?}");
        assert_eq!(v[1].speaker.as_ref().unwrap().name, "Sanders campaign");
        assert_eq!(v[1].said_on.stated(), None, "{v:#?}");
        // A pair of dashes sets off an aside inside the content.
        let s = one("Kaine said that – in his professional life – he is a strong advocate for the rights.");
        assert!(s.content.ends_with("life – he is a strong advocate for the rights"), "{s:#?}");
        // A dateline's horizontal bar; the writer's "as" clause after a trailing attribution.
        let s = one("WASHINGTON ― The plan is an insult to all Americans, top lawmakers said, as they bristled at it.");
        assert_eq!(s.content, "The plan is an insult to all Americans");
        // A cue in a clause opened after a conjunction takes no part of the main clause.
        let s = one("McCain is crucial, and while he said he'd hold a hearing, it's unlikely to win his support.");
        assert_eq!(s.content, "he'd hold a hearing");
    }

    #[test]
    fn outlets_by_their_nouns_reports_and_owners_relay_what_they_carry() {
        let relay = |text: &str| one(text).relay;
        assert_eq!(
            relay("According to the Emirates 247 news website, the rules would be enforced.").as_deref(),
            Some("Emirates 247")
        );
        assert_eq!(relay("Tampa Bay's 10 News revealed that she had filed a report.").as_deref(), Some("10 News"));
        assert_eq!(relay("A report from Reuters said that employees will be hit hard.").as_deref(), Some("Reuters"));
        // An outlet reporting under its name and short form is its own relay.
        assert_eq!(
            relay("Feng chopped it off, Central European News (CEN) reported.").as_deref(),
            Some("Central European News")
        );
        // "the local TV station" stands for the station named before, by its call sign too.
        let v =
            run("Dornella Conner spoke to KMOV St. Louis on Friday. She told the local TV station that it was bad.");
        assert_eq!(v.last().unwrap().relay.as_deref(), Some("KMOV"), "{v:#?}");
        // A place before an outlet noun is no outlet's name.
        assert_eq!(relay("A Baton Rouge newspaper urged Clinton to visit."), None);
        // A source cited before the outlet speaks through it.
        let s = one("Citing five sources at Apple, TechCrunch reported that Apple plans to close the service.");
        assert_eq!(
            (s.speaker.as_ref().unwrap().name.as_str(), s.relay.as_deref()),
            ("five sources at Apple", Some("TechCrunch"))
        );
        assert!(s.anonymous);
    }

    #[test]
    fn names_given_in_a_clause_after_a_role_or_by_initials() {
        let name = |text: &str| one(text).speaker.unwrap();
        assert_eq!(name("Her sister, who goes by the name Tikal Goldie, said she wants justice.").name, "Tikal Goldie");
        assert_eq!(name("A student, known as Icy Ng, said it was wrong.").name, "Icy Ng");
        let p = name("Saudia assistant manager for marketing Abdul Rahman Al Fahd said there are solutions.");
        assert_eq!(p.name, "Abdul Rahman Al Fahd");
        // Whose lawyer, not who: a person noun before the name.
        assert_ne!(name("A lawyer for singer Chris Brown said no.").name, "Chris Brown");
        // A fighter unnamed is an anonymous source.
        assert!(one("An Isis fighter said organ-harvesting would bring in peanuts.").anonymous);
        // Initials alone withhold the name.
        assert!(one("Mr. R. said it was fantastic.").anonymous);
        assert!(!one("J.K. Rowling said it was fantastic.").anonymous);
    }

    #[test]
    fn a_description_named_in_the_next_statements_is_that_person() {
        let v = run("The plan is cruel, the Iraqi ambassador to the United Nations said Tuesday. \"We have bodies,\" \
                     said Ambassador Mohamed Alhakim.");
        assert!(v.iter().all(|s| s.speaker.as_ref().unwrap().name == "Mohamed Alhakim" && !s.anonymous), "{v:#?}");
        // Another role's head ("a Trump delegate strategist" is no delegate) names someone else.
        let v =
            run("A delegate said she was leaning toward Cruz. \"We came with no hopes,\" said Brian Jack, a Trump \
                     delegate strategist.");
        assert_eq!(v[0].speaker.as_ref().unwrap().name, "delegate", "{v:#?}");
        // Nor is a source said to be anonymous named by the next person quoted.
        let v = run("An official, who spoke on condition of anonymity, said the talks failed. \"They did,\" said \
                     Official Spokesman John Doe.");
        assert!(v[0].anonymous, "{v:#?}");
        // A person whose first name does not tell shows her pronoun reporting on herself, so a
        // later "he" is someone else and "She" is her.
        let v = run("Dornella Conner says she was at a gas station. Police said the officer fired because he \
                     feared for his safety. She told reporters that she had no weapons.");
        assert_eq!(v.last().unwrap().speaker.as_ref().unwrap().name, "Dornella Conner", "{v:#?}");
        assert!(v.iter().all(|s| s.cue != "feared" || s.speaker.as_ref().unwrap().name != "Dornella Conner"), "{v:#?}");
        // A place opening with "St" is nobody a pronoun could mean.
        let v = run("Dornella Conner says she was in the St Louis suburb. He said he feared for his safety.");
        assert!(v.iter().all(|s| s.speaker.as_ref().unwrap().name != "St Louis"), "{v:#?}");
        // Kin by a first name alone.
        assert_eq!(one("Conner's father, Donnell, said he was disappointed.").speaker.unwrap().name, "Donnell");
    }

    #[test]
    fn an_outlet_that_sought_the_speaker_out_or_reported_first_carries_the_words() {
        let s = one("When 10 News reporter Charles Bill tracked her down, Tridevil insisted her surgery was real.");
        assert_eq!(s.relay.as_deref(), Some("10 News"));
        let v = run("Apple has delayed production, reports Bloomberg. Production is now scheduled to start in \
                     September, said one of the people, who asked not to be identified.");
        assert_eq!(v[1].relay.as_deref(), Some("Bloomberg"), "{v:#?}");
        // Not someone's advisers mentioned after it.
        let v = run("Sanders has 1,061, AP says. His advisers say that neither candidate can win.");
        assert_eq!(v[1].relay, None, "{v:#?}");
    }

    #[test]
    fn conditions_compounds_labels_and_adverbials_are_no_contents() {
        // "think tank" is a noun; "asked not to be identified" the source's condition.
        let v = run("Charlie Winter, an officer at the think tank Quilliam, said it was unsurprising. Production \
                     will start in September, said one of the people, who asked not to be identified.");
        let cues: Vec<_> = v.iter().map(|s| s.cue.as_str()).collect();
        assert_eq!(cues, ["said", "said"], "{v:#?}");
        // A label line of photos is no speaker.
        assert!(run("PHOTOS: Celebs who have come out as gay").is_empty());
        // A bare form after "a" and a noun is a noun.
        assert!(run("A police report was filed.").is_empty());
        // A programme's name after a preposition is no content.
        let s = one("On CBS' \"Face the Nation,\" John Kerry said too much emphasis is put on the word.");
        assert_eq!((s.content.as_str(), s.relay.as_deref()), ("too much emphasis is put on the word", Some("CBS")));
        // A programme said on is no part of the content, a second title neither.
        let s = one("Jim Dubik said on \"State of the Union\" Obama's plan could work.");
        assert_eq!((s.content.as_str(), s.relay.as_deref()), ("Obama's plan could work", Some("State of Union")));
        let s = one("On NBC's \"Meet the Press\" and \"Fox News Sunday\" McDonough acknowledged the war is on.");
        assert_eq!(s.content, "the war is on");
        // A fronted adverbial with no verb is no content of the cue after it.
        let v = run("After her successful brain surgery recovery, Jasica told the Daily Mail about the experience.");
        assert!(v.iter().all(|s| !s.content.starts_with("After")), "{v:#?}");
    }

    #[test]
    fn every_span_slices_the_text_on_code_points() {
        let text = "Ünïcödé “café” — “Ça va,” a dit Zoë. \"Ready,\" said Ana Løvås, adding that “all is well”.";
        for s in run(text) {
            let slice: String = text.chars().skip(s.content_span.start).take(s.content_span.len()).collect();
            assert_eq!(slice, s.content);
        }
    }
}
