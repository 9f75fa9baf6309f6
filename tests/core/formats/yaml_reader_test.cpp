#include "core/formats/yaml_reader.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(YamlReader, BuildsMapsSequencesScalarsAndNullsWithPositions) {
  auto document = read_yaml("a: 1\nb: [x, ~]\nc:\n  d: text\n");
  ASSERT_TRUE(document);
  const YamlNode& root = document->root();
  ASSERT_TRUE(root.is_map());
  ASSERT_EQ(root.pairs().size(), 3u);
  EXPECT_EQ(root.pairs()[0].first->scalar(), "a");
  EXPECT_EQ(root.pairs()[0].second->scalar(), "1");
  const YamlNode& b = *root.pairs()[1].second;
  ASSERT_TRUE(b.is_sequence());
  EXPECT_EQ(b.items()[0]->scalar(), "x");
  EXPECT_TRUE(b.items()[1]->is_null());
  EXPECT_EQ(b.line(), 2);
  EXPECT_EQ(b.column(), 4);
  const YamlNode& d = *root.pairs()[2].second->pairs()[0].second;
  EXPECT_EQ(d.scalar(), "text");
  EXPECT_EQ(d.line(), 4);
  EXPECT_EQ(d.column(), 6);
}

TEST(YamlReader, KeepsRepeatedKeysInOrder) {
  auto document = read_yaml("k: 1\nk: 2\n");
  ASSERT_TRUE(document);
  ASSERT_EQ(document->root().pairs().size(), 2u);
  EXPECT_EQ(document->root().pairs()[1].second->scalar(), "2");
}

TEST(YamlReader, AnAliasIsTheAnchoredNode) {
  auto document = read_yaml("a: &x {k: v}\nb: *x\n");
  ASSERT_TRUE(document);
  EXPECT_EQ(document->root().pairs()[0].second, document->root().pairs()[1].second);
}

TEST(YamlReader, CountsAliasesAsTheNodesTheyStandFor) {
  // 1 map + (key + list of 10) + (key + list of 10 aliases x 11 nodes) = 1 + 12 + 1 + 1 + 110 = 125.
  const std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
  EXPECT_TRUE(read_yaml(text, YamlShapeLimits{.max_expanded_nodes = 125}));
  auto refused = read_yaml(text, YamlShapeLimits{.max_expanded_nodes = 124});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().line, 2);
}

TEST(YamlReader, RefusesDepthBeyondTheLimit) {
  EXPECT_TRUE(read_yaml("[[[x]]]", YamlShapeLimits{.max_depth = 3}));
  auto refused = read_yaml("[[[[x]]]]", YamlShapeLimits{.max_depth = 3});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().column, 4);
}

TEST(YamlReader, RefusesASelfReferencingAlias) {
  auto refused = read_yaml("a: &a [*a]\n");
  EXPECT_FALSE(refused);
}

TEST(YamlReader, RefusesEmptyTextAndSecondDocuments) {
  EXPECT_EQ(read_yaml("").error().message, "the file is empty");
  EXPECT_EQ(read_yaml("# only a comment\n").error().message, "the file is empty");
  auto two = read_yaml("a: 1\n---\nb: 2\n");
  ASSERT_FALSE(two);
  EXPECT_EQ(two.error().line, 2);
}

TEST(YamlReader, ExplainsTabIndentation) {
  auto tabbed = read_yaml("a:\n\t- b\n");
  ASSERT_FALSE(tabbed);
  EXPECT_NE(tabbed.error().message.find("indent with spaces, not tabs"), std::string::npos) << tabbed.error().message;
}

}  // namespace
}  // namespace limber
