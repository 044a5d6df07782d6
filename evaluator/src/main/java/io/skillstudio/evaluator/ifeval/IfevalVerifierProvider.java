package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierProvider;
import java.util.List;

/** Registers the 25 IFEval instructions under their official instruction ids. */
public final class IfevalVerifierProvider implements VerifierProvider {

    private static final List<Verifier> ALL = List.of(
            new KeywordInstructions.Existence(),
            new KeywordInstructions.Frequency(),
            new KeywordInstructions.ForbiddenWords(),
            new KeywordInstructions.LetterFrequency(),
            new MiscInstructions.ResponseLanguage(),
            new LengthInstructions.NumberSentences(),
            new LengthInstructions.NumberParagraphs(),
            new LengthInstructions.NumberWords(),
            new LengthInstructions.NthParagraphFirstWord(),
            new ContentInstructions.NumberPlaceholders(),
            new ContentInstructions.Postscript(),
            new FormatInstructions.NumberBulletLists(),
            new FormatInstructions.ConstrainedResponse(),
            new FormatInstructions.NumberHighlightedSections(),
            new FormatInstructions.MultipleSections(),
            new FormatInstructions.JsonFormat(),
            new FormatInstructions.Title(),
            new MiscInstructions.TwoResponses(),
            new MiscInstructions.RepeatPrompt(),
            new MiscInstructions.EndChecker(),
            new MiscInstructions.Quotation(),
            new CaseInstructions.CapitalWordFrequency(),
            new CaseInstructions.EnglishCapital(),
            new CaseInstructions.EnglishLowercase(),
            new MiscInstructions.NoComma());

    @Override
    public List<Verifier> verifiers() {
        return ALL;
    }

    /** The same instances, for callers that do not go through the ServiceLoader registry. */
    public static List<Verifier> instructions() {
        return ALL;
    }
}
