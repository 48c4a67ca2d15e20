#include "nlp/perceptron.h"

#include <gtest/gtest.h>

#include "nlp/binary_io.h"

namespace parley {
namespace {

// Three classes, each marked by its own feature; a shared feature carries no signal.
TEST(Perceptron, LearnsSeparableClassesAndAverages) {
  PerceptronTrainer trainer(3);
  float scores[3];
  for (int epoch = 0; epoch < 5; ++epoch)
    for (int cls = 0; cls < 3; ++cls) {
      const uint64_t features[] = {100 + static_cast<uint64_t>(cls), 7};
      trainer.score(features, scores);
      trainer.update(features, cls, argmax(scores, 3));
    }
  const PerceptronModel model = trainer.average();
  for (int cls = 0; cls < 3; ++cls) {
    const uint64_t features[] = {100 + static_cast<uint64_t>(cls), 7};
    model.score(features, scores);
    EXPECT_EQ(argmax(scores, 3), cls);
  }
  const uint64_t unknown[] = {999};
  model.score(unknown, scores);
  EXPECT_EQ(scores[0], 0.0f);
  EXPECT_EQ(scores[2], 0.0f);
}

TEST(Perceptron, SavesAndLoadsTheSameScores) {
  PerceptronTrainer trainer(2);
  const uint64_t a[] = {1, 2}, b[] = {3, 2};
  for (int i = 0; i < 10; ++i) {
    trainer.update(a, 0, 1);
    trainer.update(b, 1, 0);
  }
  const PerceptronModel model = trainer.average();
  BinaryWriter out;
  model.save(out);
  BinaryReader in(out.bytes());
  const PerceptronModel loaded = PerceptronModel::load(in);
  float x[2], y[2];
  model.score(a, x);
  loaded.score(a, y);
  EXPECT_EQ(x[0], y[0]);
  EXPECT_EQ(x[1], y[1]);
  EXPECT_TRUE(in.done());
}

TEST(Perceptron, RefusesCorruptTables) {
  BinaryWriter out;
  out.u32(2);
  out.f32(1.0f);
  out.vec(std::vector<uint64_t>{1, 2});
  out.vec(std::vector<uint32_t>{0, 1});  // one offset short
  out.vec(std::vector<uint32_t>{});
  BinaryReader in(out.bytes());
  EXPECT_THROW(PerceptronModel::load(in), ModelError);
}

}  // namespace
}  // namespace parley
