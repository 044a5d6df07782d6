package io.skillstudio.evaluator.routing;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantized, through LangChain4j's in-process ONNX runtime. The model and its tokenizer
 * ship inside the Maven artifact (Apache-2.0), so nothing is downloaded; loading takes about two seconds,
 * which is why {@link LazyEmbeddings} loads it in the background.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
