<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccuracyPage</name>
    <message>
        <source>Why learn from the loss and not from the accuracy (Chapter 4.2.5)? Here simpleNet sorts 36 points into 3 classes. Move one of its weights with the slider and compare the two curves.</source>
        <translation>なぜ認識精度ではなく損失関数を指標に学習するのか（4.2.5 節）？ここでは simpleNet が 36 個の点を 3 クラスに分類します。重みの 1 つをスライダーで動かし、2 本の曲線を比べてください。</translation>
    </message>
    <message>
        <source>One weight of simpleNet</source>
        <translation>simpleNet の重みの 1 つ</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>重み：</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>損失：</translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation>認識精度：</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss changes with every small move of the weight, so its derivative tells which way to go. The accuracy counts right answers: it stays flat and then jumps by 1/36 when a point changes class. On the flat parts its derivative is 0 and gradient descent would not know where to go, just as with the step function (Chapter 3) — that is why sigmoid, not the step, and the loss, not the accuracy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;損失は重みをわずかに動かすたびに変化するので、その微分からどちらへ進めばよいかがわかります。認識精度は正解の数を数えるだけです。平らなまま変わらず、ある点のクラスが変わったときに 1/36 だけ跳ねます。平らな部分では微分が 0 になり、勾配法はどこへ進めばよいかわかりません。ステップ関数（3 章）と同じです——だからステップ関数ではなくシグモイド関数を、認識精度ではなく損失関数を使うのです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationsCurves</name>
    <message>
        <source>The point x on the curve</source>
        <translation>曲線上の点 x</translation>
    </message>
    <message>
        <source>x (or drag the red point):</source>
        <translation>x（または赤い点をドラッグ）：</translation>
    </message>
    <message>
        <source>f′(x), formula:</source>
        <translation>f′(x)、数式：</translation>
    </message>
    <message>
        <source>Tangent slope:</source>
        <translation>接線の傾き：</translation>
    </message>
    <message>
        <source>error</source>
        <translation>誤差</translation>
    </message>
    <message>
        <source>Forward difference:</source>
        <translation>前方差分：</translation>
    </message>
    <message>
        <source>Central difference:</source>
        <translation>中心差分：</translation>
    </message>
    <message>
        <source>The book&apos;s tangent_line(f, x): central difference with h = 1e-4</source>
        <translation>本書の tangent_line(f, x)：h = 1e-4 の中心差分</translation>
    </message>
    <message>
        <source>tangent line</source>
        <translation>接線</translation>
    </message>
    <message>
        <source>secant ({0})</source>
        <translation>割線（{0}）</translation>
    </message>
    <message>
        <source>not differentiable at x = 0</source>
        <translation>x = 0 で微分不可能</translation>
    </message>
    <message>
        <source>Derivative:  {0}</source>
        <translation>微分：{0}</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>数式</translation>
    </message>
    <message>
        <source>numerical ({0})&lt;br&gt;h = {1}</source>
        <translation>数値微分（{0}）&lt;br&gt;h = {1}</translation>
    </message>
    <message>
        <source>no derivative at x = 0</source>
        <translation>x = 0 では微分がない</translation>
    </message>
    <message>
        <source>saturated:
f′(x) ≈ 0</source>
        <translation>飽和：
f′(x) ≈ 0</translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation>存在しない（角）</translation>
    </message>
    <message>
        <source>0 (exact)</source>
        <translation>0（厳密）</translation>
    </message>
    <message>
        <source>Saturated: f′(x) = {0:.4f}. The gradient passed back through this neuron is almost 0.</source>
        <translation>飽和：f′(x) = {0:.4f}。このニューロンを通って逆向きに伝わる勾配はほぼ 0 です。</translation>
    </message>
</context>
<context>
    <name>ActivationsError</name>
    <message>
        <source>forward</source>
        <translation>前方</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>forward difference</source>
        <translation>前方差分</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>Numerical differentiation (Chapter 4.3)</source>
        <translation>数値微分（4.3 節）</translation>
    </message>
    <message>
        <source>Show the numerical derivative</source>
        <translation>数値微分の結果を表示</translation>
    </message>
    <message>
        <source>Forward: (f(x+h) − f(x)) / h</source>
        <translation>前方差分：(f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>中心差分：(f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>error |numerical − formula|</source>
        <translation>誤差 |数値微分 − 数式|</translation>
    </message>
    <message>
        <source>← rounding error (h too small)</source>
        <translation>← 丸め誤差（h が小さすぎる）</translation>
    </message>
    <message>
        <source>← rounding</source>
        <translation>← 丸め誤差</translation>
    </message>
    <message>
        <source>truncation error (h too large) →</source>
        <translation>打ち切り誤差（h が大きすぎる）→</translation>
    </message>
    <message>
        <source>truncation →</source>
        <translation>打ち切り誤差 →</translation>
    </message>
    <message>
        <source>Error of the numerical derivative at x = {0:.2f}</source>
        <translation>x = {0:.2f} での数値微分の誤差</translation>
    </message>
    <message>
        <source>Step size h = {0}  (the book uses 1e-4)</source>
        <translation>微小な値 h = {0}（本書は 1e-4）</translation>
    </message>
    <message>
        <source>f is a straight line around x, so the {0} has no truncation error while x ± h stays clear of a corner: only rounding error is left.</source>
        <translation>f は x の周りで直線なので、x ± h が角にかからない限り{0}に打ち切り誤差はなく、丸め誤差だけが残ります。</translation>
    </message>
    <message>
        <source>Smallest error of the {0} here at h ≈ {1}.</source>
        <translation>ここでは{0}の誤差は h ≈ {1} で最小になります。</translation>
    </message>
    <message>
        <source>No derivative at this x, so no error to measure.</source>
        <translation>この x では微分が存在しないので、誤差は測れません。</translation>
    </message>
</context>
<context>
    <name>ActivationsNotes</name>
    <message>
        <source>Step function</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <source>Sigmoid function</source>
        <translation>シグモイド関数</translation>
    </message>
    <message>
        <source>tanh function</source>
        <translation>tanh 関数</translation>
    </message>
    <message>
        <source>ReLU function</source>
        <translation>ReLU 関数</translation>
    </message>
    <message>
        <source>Leaky ReLU function</source>
        <translation>Leaky ReLU 関数</translation>
    </message>
    <message>
        <source>Identity function</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>The step function&apos;s derivative is 0 everywhere except at x = 0, where it does not exist. A network built from it gets no gradient at all, so gradient descent cannot move its weights: this is why neural networks use smooth activation functions (Chapter 4.2.5).</source>
        <translation>ステップ関数の微分は x = 0（そこでは存在しない）以外のどこでも 0 です。これで組んだニューラルネットワークには勾配がまったく得られず、勾配降下法で重みを動かせません。だからニューラルネットワークでは滑らかな活性化関数を使うのです（4.2.5 節）。</translation>
    </message>
    <message>
        <source>Sigmoid is smooth, so it has a useful derivative everywhere, but never more than 0.25. Where it saturates (the shaded regions) the derivative is almost 0, and multiplied through several layers the gradient vanishes: the vanishing gradient problem (Chapter 6.2).</source>
        <translation>シグモイド関数は滑らかなので、どこでも役に立つ微分を持ちますが、その値は 0.25 を超えません。飽和する領域（網掛け部分）では微分がほぼ 0 になり、何層も掛け合わされると勾配が消えてしまいます。これが勾配消失の問題です（6.2 節）。</translation>
    </message>
    <message>
        <source>tanh is a sigmoid stretched to (−1, 1) and centred on 0: its derivative reaches 1 at x = 0, but it saturates like sigmoid for large |x| (shaded), so gradients can still vanish.</source>
        <translation>tanh は (−1, 1) に引き伸ばし 0 を中心にしたシグモイド関数です。微分は x = 0 で 1 に達しますが、|x| が大きいとシグモイド関数と同じく飽和する（網掛け部分）ので、やはり勾配消失が起こり得ます。</translation>
    </message>
    <message>
        <source>ReLU&apos;s derivative is 1 for every positive input, so gradients pass back unchanged and do not vanish (Chapter 3.2.7). For x &lt; 0 it is 0, and at x = 0 there is a corner with no derivative; backpropagation simply uses 0 there.</source>
        <translation>ReLU の微分は正の入力ではすべて 1 なので、勾配はそのまま逆向きに伝わり、消失しません（3.2.7 節）。x &lt; 0 では 0 で、x = 0 には微分のない角があります。誤差逆伝播法ではそこでは単に 0 を使います。</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small slope α for x &lt; 0, so a negative input still passes some gradient back instead of none. Like ReLU it has a corner at x = 0.</source>
        <translation>Leaky ReLU は x &lt; 0 でも小さな傾き α を残すので、負の入力でも勾配がまったく伝わらないのではなく、少しは逆向きに伝わります。ReLU と同じく x = 0 に角があります。</translation>
    </message>
    <message>
        <source>The identity function (the output layer of a regression, Chapter 3.5) has derivative 1 everywhere. Hidden layers need a non-linear function: stacked linear layers are still one linear function (Chapter 3.2.6).</source>
        <translation>恒等関数（回帰の出力層、3.5 節）の微分はどこでも 1 です。隠れ層には非線形な関数が必要です。線形な層をいくつ重ねても 1 つの線形関数のままだからです（3.2.6 節）。</translation>
    </message>
    <message>
        <source>Why the derivative matters for learning</source>
        <translation>なぜ学習に微分が大切なのか</translation>
    </message>
    <message>
        <source>Learning moves each weight against the gradient (W ← W − lr·∂L/∂W), and backpropagation multiplies the local derivatives of every layer on the way back. Where f′(x) is 0, nothing is learned.</source>
        <translation>学習では各重みを勾配と逆向きに動かし（W ← W − lr·∂L/∂W）、誤差逆伝播法は逆向きにたどりながら各層の局所的な微分を掛け合わせます。f′(x) が 0 のところでは何も学習されません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numerical differentiation.&lt;/b&gt; The forward difference&apos;s truncation error shrinks like h, the central difference&apos;s like h². Below about h = 1e-8 rounding takes over (float64 keeps about 16 digits), which is why the book uses h = 1e-4.</source>
        <translation>&lt;b&gt;数値微分。&lt;/b&gt;前方差分の打ち切り誤差は h に比例して、中心差分の打ち切り誤差は h² に比例して小さくなります。h が約 1e-8 より小さいと丸め誤差が勝ります（float64 の有効数字は約 16 桁）。だから本書では h = 1e-4 を使います。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}：&lt;/b&gt;{1}</translation>
    </message>
</context>
<context>
    <name>ActivationsSoftmax</name>
    <message>
        <source>input a</source>
        <translation>入力 a</translation>
    </message>
    <message>
        <source>naive: exp(a / T)</source>
        <translation>素朴：exp(a / T)</translation>
    </message>
    <message>
        <source>naive: y</source>
        <translation>素朴：y</translation>
    </message>
    <message>
        <source>stable: exp(a / T − max)</source>
        <translation>安定：exp(a / T − max)</translation>
    </message>
    <message>
        <source>stable: y</source>
        <translation>安定：y</translation>
    </message>
    <message>
        <source>Softmax of a vector (Chapter 3.5)</source>
        <translation>ベクトルのソフトマックス関数（3.5 節）</translation>
    </message>
    <message>
        <source>Inputs a (numbers separated by commas):</source>
        <translation>入力 a（カンマ区切りの数）：</translation>
    </message>
    <message>
        <source>Type 1 to 10 numbers separated by commas, for example 0.3, 2.9, 4.0</source>
        <translation>カンマで区切った数を 1〜10 個入力してください。例：0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>Book example</source>
        <translation>本書の例</translation>
    </message>
    <message>
        <source>Overflow example</source>
        <translation>オーバーフローの例</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax turns any scores a into probabilities: y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;), each between 0 and 1, summing to 1 (Chapter 3.5).&lt;/p&gt;&lt;p&gt;exp overflows above about 709, so the naive formula gives inf / inf = nan for inputs like 1010. Subtracting the largest input first changes nothing mathematically and avoids it (Chapter 3.5.2).&lt;/p&gt;&lt;p&gt;Dividing by a temperature T (not in the book) makes the result sharper (T &amp;lt; 1) or flatter (T &amp;gt; 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;ソフトマックス関数は任意のスコア a を確率に変えます：y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;)。どの値も 0 から 1 の間で、総和は 1 です（3.5 節）。&lt;/p&gt;&lt;p&gt;exp は約 709 を超えるとオーバーフローするので、1010 のような入力では素朴な式は inf / inf = nan になります。先に最大の入力を引いても数学的には何も変わらず、オーバーフローを避けられます（3.5.2 節）。&lt;/p&gt;&lt;p&gt;温度 T で割ると（本書にはありません）、結果は鋭く（T &amp;lt; 1）または平らに（T &amp;gt; 1）なります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Softmax: stable (blue) and naive (orange)</source>
        <translation>ソフトマックス関数：安定版（青）と素朴版（橙）</translation>
    </message>
    <message>
        <source>Not updated: still the last valid input a = ({0})</source>
        <translation>更新なし：最後の有効な入力 a = ({0}) のまま</translation>
    </message>
    <message>
        <source>stable softmax</source>
        <translation>安定なソフトマックス</translation>
    </message>
    <message>
        <source>naive softmax</source>
        <translation>素朴なソフトマックス</translation>
    </message>
    <message>
        <source>Temperature T = {0:.2f}</source>
        <translation>温度 T = {0:.2f}</translation>
    </message>
    <message>
        <source>Sum of the stable outputs: {0:.6f}</source>
        <translation>安定版の出力の和：{0:.6f}</translation>
    </message>
    <message>
        <source>Naive softmax overflows: exp({0:g}) = inf, and inf / inf = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
        <translation>素朴なソフトマックスがオーバーフロー：exp({0:g}) = inf で、inf / inf = nan。先に最大の入力（{0:g}）を引けば正しい答えになります。</translation>
    </message>
    <message>
        <source>Naive softmax underflows: every exp(a / T) is 0, and 0 / 0 = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
        <translation>素朴なソフトマックスがアンダーフロー：どの exp(a / T) も 0 で、0 / 0 = nan。先に最大の入力（{0:g}）を引けば正しい答えになります。</translation>
    </message>
    <message>
        <source>No overflow here: naive and stable softmax agree (difference {0:.1e}).</source>
        <translation>ここではオーバーフローなし：素朴版と安定版のソフトマックスは一致します（差 {0:.1e}）。</translation>
    </message>
    <message>
        <source>Last valid input ({0}): {1}</source>
        <translation>最後の有効な入力（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>ActivationsTab</name>
    <message>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Chapters 3–4: activation functions, softmax and numerical differentiation</source>
        <translation>3〜4 章：活性化関数、ソフトマックス関数、数値微分</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Softmax function</source>
        <translation>ソフトマックス関数</translation>
    </message>
</context>
<context>
    <name>BackpropChain</name>
    <message>
        <source>Chain rule (5.2): the gradient from the right times the local one</source>
        <translation>連鎖律（5.2）：右から来た勾配 × 局所的な微分</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|差|</translation>
    </message>
    <message>
        <source>Backpropagation agrees with numerical differentiation.</source>
        <translation>誤差逆伝播法と数値微分の結果が一致しました。</translation>
    </message>
    <message>
        <source>A difference is large: a kink (ReLU at 0) or a pole is too close for the numerical derivative, or a value is not defined here.</source>
        <translation>大きな差があります：数値微分にとって角（0 での ReLU）や極が近すぎるか、ここでは値が定義されていません。</translation>
    </message>
    <message>
        <source>Gradient check (5.7.3): (f(x + h) − f(x − h)) / 2h with h = 1e-4</source>
        <translation>勾配確認（5.7.3）：(f(x + h) − f(x − h)) / 2h、h = 1e-4</translation>
    </message>
</context>
<context>
    <name>BackpropTab</name>
    <message>
        <source>Backpropagation</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>Chapter 5: backpropagation on computational graphs</source>
        <translation>5 章：計算グラフで見る誤差逆伝播法</translation>
    </message>
    <message>
        <source>Apples (5.4.1)</source>
        <translation>りんご（5.4.1）</translation>
    </message>
    <message>
        <source>Apples and oranges (5.4.2)</source>
        <translation>りんごとみかん（5.4.2）</translation>
    </message>
    <message>
        <source>Sigmoid neuron, expanded (5.5.2)</source>
        <translation>シグモイドのニューロン、展開版（5.5.2）</translation>
    </message>
    <message>
        <source>Sigmoid neuron, one node (5.5.2)</source>
        <translation>シグモイドのニューロン、1 ノード版（5.5.2）</translation>
    </message>
    <message>
        <source>Three-layer network, forward (3.4.3)</source>
        <translation>3 層ニューラルネットワークの順伝播（3.4.3）</translation>
    </message>
    <message>
        <source>Layers: Affine, ReLU, Affine, Softmax-with-Loss (5.7)</source>
        <translation>レイヤ：Affine、ReLU、Affine、Softmax-with-Loss（5.7）</translation>
    </message>
    <message>
        <source>Your own expression (5.2)</source>
        <translation>自分の式（5.2）</translation>
    </message>
    <message>
        <source>2 apples at 100 each, tax 1.1: what you pay is 220.</source>
        <translation>1 個 100 円のりんごを 2 個、消費税 1.1：支払金額は 220 円。</translation>
    </message>
    <message>
        <source>2 apples at 100 and 3 oranges at 150, tax 1.1: 715 in all.</source>
        <translation>100 円のりんご 2 個と 150 円のみかん 3 個、消費税 1.1：合計 715 円。</translation>
    </message>
    <message>
        <source>y = sigmoid(w·x + b) with the sigmoid written as ×(−1), exp, +1 and 1/x.</source>
        <translation>y = sigmoid(w·x + b)。シグモイドを ×(−1)、exp、+1、1/x に分解して表します。</translation>
    </message>
    <message>
        <source>The same neuron with the sigmoid as one node: dx = dout·y·(1−y).</source>
        <translation>同じニューロンでシグモイドを 1 つのノードにしたもの：dx = dout·y·(1−y)。</translation>
    </message>
    <message>
        <source>Each layer is np.dot(x, W) + b and an activation; the book&apos;s weights and x = [1.0, 0.5] give y = [0.3168, 0.6963].</source>
        <translation>各層は np.dot(x, W) + b と活性化関数です。本書の重みと x = [1.0, 0.5] で y = [0.3168, 0.6963] になります。</translation>
    </message>
    <message>
        <source>A batch of 2 samples through the layers of chapter 5; the arrows carry matrices.</source>
        <translation>2 サンプルのバッチが 5 章のレイヤを通ります。矢印が運ぶのは行列です。</translation>
    </message>
    <message>
        <source>Type a formula: its computational graph is built and stepped like the book&apos;s. Backward, each step shows the chain rule with its numbers.</source>
        <translation>式を入力してください：その計算グラフを作り、本書の例と同じように 1 ステップずつ進めます。逆伝播では各ステップで連鎖律を数値つきで示します。</translation>
    </message>
    <message>
        <source>A computational graph splits a calculation into simple nodes. Forward, each node computes its output (blue, above the arrows). Backward, each node multiplies the gradient coming from the right by its local derivative and passes it on (red, below the arrows): that is backpropagation.</source>
        <translation>計算グラフは計算を単純なノードに分けます。順伝播では各ノードが自分の出力を計算します（青、矢印の上）。逆伝播では各ノードが右から来た勾配に自分の局所的な微分を掛けて左へ渡します（赤、矢印の下）。これが誤差逆伝播法です。</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>計算グラフ</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Keys: → next, ← previous, space play/pause.</source>
        <translation>キー：→ 次へ、← 前へ、スペース 再生/一時停止。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Book&apos;s values</source>
        <translation>本書の値に戻す</translation>
    </message>
    <message>
        <source>{0} cannot take this value (labels t are 0 or 1): it was put back.</source>
        <translation>{0} はこの値を取れません（教師ラベル t は 0 か 1）：元の値に戻しました。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>Step 0 of {0}: nothing computed yet.</source>
        <translation>ステップ 0 / {0}：まだ何も計算していません。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: forward.</source>
        <translation>ステップ {0} / {1}：順伝播。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: backward.</source>
        <translation>ステップ {0} / {1}：逆伝播。</translation>
    </message>
    <message>
        <source>The expression {0} could not be read; skipped.</source>
        <translation>式 {0} を読めなかったため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>The graph has no input {0}; skipped.</source>
        <translation>このグラフに入力 {0} はないため、読み飛ばしました。</translation>
    </message>
</context>
<context>
    <name>BackpropText</name>
    <message>
        <source>apple</source>
        <translation>りんご</translation>
    </message>
    <message>
        <source>apple count</source>
        <translation>りんごの個数</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>みかん</translation>
    </message>
    <message>
        <source>orange count</source>
        <translation>みかんの個数</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>price</source>
        <translation>支払金額</translation>
    </message>
    <message>
        <source>Multiply node</source>
        <translation>乗算ノード</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>加算ノード</translation>
    </message>
    <message>
        <source>exp node</source>
        <translation>exp ノード</translation>
    </message>
    <message>
        <source>Division node (1/x)</source>
        <translation>除算ノード（1/x）</translation>
    </message>
    <message>
        <source>Sigmoid node</source>
        <translation>sigmoid ノード</translation>
    </message>
    <message>
        <source>Identity function</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>dot node (matrix product)</source>
        <translation>dot ノード（行列の積）</translation>
    </message>
    <message>
        <source>Affine layer</source>
        <translation>Affine レイヤ</translation>
    </message>
    <message>
        <source>ReLU layer</source>
        <translation>ReLU レイヤ</translation>
    </message>
    <message>
        <source>Softmax-with-Loss layer</source>
        <translation>Softmax-with-Loss レイヤ</translation>
    </message>
    <message>
        <source>Subtract node</source>
        <translation>減算ノード</translation>
    </message>
    <message>
        <source>Division node (x/y)</source>
        <translation>除算ノード（x/y）</translation>
    </message>
    <message>
        <source>Minus node (−x)</source>
        <translation>符号反転ノード（−x）</translation>
    </message>
    <message>
        <source>Power node</source>
        <translation>べき乗ノード</translation>
    </message>
    <message>
        <source>log node</source>
        <translation>log ノード</translation>
    </message>
    <message>
        <source>tanh node</source>
        <translation>tanh ノード</translation>
    </message>
    <message>
        <source>A multiply node swaps its inputs on the way back: each input&apos;s gradient is dout times the other input.</source>
        <translation>乗算ノードは逆伝播で入力を「ひっくり返し」ます：各入力の勾配は dout × もう一方の入力です。</translation>
    </message>
    <message>
        <source>An add node passes dout back unchanged to both inputs.</source>
        <translation>加算ノードは dout をそのまま両方の入力へ流します。</translation>
    </message>
    <message>
        <source>The derivative of exp(x) is exp(x) itself: dout times the node&apos;s output.</source>
        <translation>exp(x) の微分は exp(x) 自身：dout × ノードの出力です。</translation>
    </message>
    <message>
        <source>The derivative of 1/x is −1/x², that is −out².</source>
        <translation>1/x の微分は −1/x²、つまり −out² です。</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s gradient needs only its output y: dout · y · (1 − y). It is the whole expanded graph (×, exp, +, /) folded into one node.</source>
        <translation>シグモイドの勾配は出力 y だけで求まります：dout · y · (1 − y)。展開した計算グラフ（×、exp、+、/）を 1 つのノードにまとめたものです。</translation>
    </message>
    <message>
        <source>The identity function passes dout back unchanged.</source>
        <translation>恒等関数は dout をそのまま逆向きに流します。</translation>
    </message>
    <message>
        <source>A matrix product: each input&apos;s gradient is dout times the transpose of the other input, so the shapes match again.</source>
        <translation>行列の積：各入力の勾配は dout ともう一方の入力の転置との積なので、形状がまた一致します。</translation>
    </message>
    <message>
        <source>The Affine layer is a dot node followed by an add node: the shapes of dx, dW and db are those of x, W and b; db sums dout over the batch.</source>
        <translation>Affine レイヤは dot ノードと加算ノードをつないだものです：dx、dW、db の形状は x、W、b と同じで、db は dout をバッチ方向に合計したものです。</translation>
    </message>
    <message>
        <source>ReLU lets dout through where its input was positive and sends back 0 elsewhere, like a switch.</source>
        <translation>ReLU はスイッチのように働きます：順伝播で入力が正だったところは dout を通し、それ以外は 0 を返します。</translation>
    </message>
    <message>
        <source>Softmax followed by the cross-entropy error has the neat gradient (y − t) / N: the prediction minus the label, averaged over the batch.</source>
        <translation>ソフトマックス関数の後に交差エントロピー誤差を続けると、勾配はきれいな (y − t) / N になります：出力から教師ラベルを引き、バッチで平均したものです。</translation>
    </message>
    <message>
        <source>A subtract node passes dout back to x, and −dout to y.</source>
        <translation>減算ノードは x には dout を、y には −dout を返します。</translation>
    </message>
    <message>
        <source>x/y is x times 1/y: x gets dout/y, y gets dout times the derivative of 1/y, −x/y².</source>
        <translation>x/y は x × 1/y です：x は dout/y を、y は dout × 1/y の微分、つまり −x/y² を受け取ります。</translation>
    </message>
    <message>
        <source>A minus sign flips dout&apos;s sign.</source>
        <translation>符号反転ノードは dout の符号を反転させます。</translation>
    </message>
    <message>
        <source>The derivative of x^c is c·x^(c−1): for t², it is 2t.</source>
        <translation>x^c の微分は c·x^(c−1)：t² なら 2t です。</translation>
    </message>
    <message>
        <source>The derivative of log(x) is 1/x.</source>
        <translation>log(x) の微分は 1/x です。</translation>
    </message>
    <message>
        <source>The derivative of tanh(x) is 1 − tanh(x)², from the node&apos;s output.</source>
        <translation>tanh(x) の微分は 1 − tanh(x)² で、ノードの出力から求まります。</translation>
    </message>
    <message>
        <source>Press Next (→) to run the first node forward. The values above the arrows are computed from left to right; then the gradients below the arrows come back from right to left.</source>
        <translation>「次へ」（→）を押すと最初のノードが順伝播を行います。矢印の上の値は左から右へ計算され、その後で矢印の下の勾配が右から左へ戻ってきます。</translation>
    </message>
    <message>
        <source>Press Next (→) to run the first node forward. Chapter 3 has only the forward pass: np.dot(x, W) + b and the activation function, layer after layer.</source>
        <translation>「次へ」（→）を押すと最初のノードが順伝播を行います。3 章は順伝播だけです：np.dot(x, W) + b と活性化関数を層ごとに計算します。</translation>
    </message>
    <message>
        <source>Step {0} of {1} · backward · {2}</source>
        <translation>ステップ {0} / {1} · 逆伝播 · {2}</translation>
    </message>
    <message>
        <source>Step {0} of {1} · forward · {2}</source>
        <translation>ステップ {0} / {1} · 順伝播 · {2}</translation>
    </message>
    <message>
        <source>Local rule:</source>
        <translation>局所的な規則：</translation>
    </message>
    <message>
        <source>Done: every gradient is known. Reset (or ←) to go through it again.</source>
        <translation>完了：すべての勾配が求まりました。「リセット」（または ←）でもう一度たどれます。</translation>
    </message>
    <message>
        <source>Done: this is the network&apos;s output y. Reset (or ←) to go through it again.</source>
        <translation>完了：これがニューラルネットワークの出力 y です。「リセット」（または ←）でもう一度たどれます。</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Training looks at a &lt;b&gt;mini-batch&lt;/b&gt;: a few images drawn at random, whose mean loss stands in for the loss of all 60,000 (Chapter 4.2.3). For a batch of N, cross-entropy is the mean over the batch: E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;.</source>
        <translation>学習では&lt;b&gt;ミニバッチ&lt;/b&gt;を見ます：ランダムに選んだ少数の画像で、その平均の損失を 60,000 枚全体の損失の近似として使います（4.2.3 節）。N 個のデータの交差エントロピー誤差はバッチ全体の平均です：E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>Could not prepare MNIST: {0}</source>
        <translation>MNIST を準備できませんでした：{0}</translation>
    </message>
    <message>
        <source>Reading MNIST and training the book&apos;s TwoLayerNet for a few seconds, so that its losses differ from image to image…</source>
        <translation>MNIST を読み込み、本書の TwoLayerNet を数秒間学習させて、画像ごとの損失に差が出るようにしています…</translation>
    </message>
    <message>
        <source>The MNIST training images are needed here.</source>
        <translation>ここでは MNIST の訓練画像が必要です。</translation>
    </message>
    <message>
        <source>Load MNIST</source>
        <translation>MNIST を読み込む</translation>
    </message>
    <message>
        <source>A mini-batch (Chapter 4.2.3–4.2.4)</source>
        <translation>ミニバッチ（4.2.3〜4.2.4 節）</translation>
    </message>
    <message>
        <source>Batch size N:</source>
        <translation>バッチサイズ N：</translation>
    </message>
    <message>
        <source>Draw np.random.choice(60000, N)</source>
        <translation>np.random.choice(60000, N) で抽出</translation>
    </message>
    <message>
        <source>t one-hot:&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</source>
        <translation>t が one-hot 表現：&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>t as labels:&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</source>
        <translation>t がラベル：&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>All 60,000 images:</source>
        <translation>60,000 枚すべて：</translation>
    </message>
    <message>
        <source>Sample live</source>
        <translation>連続して抽出</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>batch size N</source>
        <translation>バッチサイズ N</translation>
    </message>
    <message>
        <source>mean loss of a batch</source>
        <translation>バッチの平均損失</translation>
    </message>
    <message>
        <source>Red line: all 60,000 · dots: batches · dashes: ± one standard deviation</source>
        <translation>赤線：60,000 枚すべて · 点：各バッチ · 破線：± 標準偏差 1 つ分</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one batch&apos;s mean loss. Small batches stray far from the red line; by N = 100 they stay close: the spread shrinks like 1/√N. That is why a mini-batch of 100 is a good enough stand-in for the whole set, at 1/600 of the cost.&lt;/p&gt;&lt;p&gt;Under each image: its label t and its own loss −log y&lt;sub&gt;t&lt;/sub&gt;. The network is the book&apos;s TwoLayerNet after a few hundred steps of training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;点の 1 つ 1 つが 1 バッチの平均損失です。小さなバッチは赤線から大きく外れますが、N = 100 にもなると近くにとどまります：ばらつきは 1/√N のように小さくなります。だから 100 個のミニバッチで、1/600 の計算量で訓練データ全体の代わりが十分に務まるのです。&lt;/p&gt;&lt;p&gt;各画像の下：そのラベル t と、その画像自身の損失 −log y&lt;sub&gt;t&lt;/sub&gt;。ネットワークは本書の TwoLayerNet を数百ステップだけ学習させたものです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BuilderPanel</name>
    <message>
        <source>Hidden layer {0} needs at least 1 unit.</source>
        <translation>隠れ層 {0} には少なくとも 1 ユニットが必要です。</translation>
    </message>
    <message>
        <source>The hidden layer needs at least 1 unit.</source>
        <translation>隠れ層には少なくとも 1 ユニットが必要です。</translation>
    </message>
    <message>
        <source>Use at most {0} hidden layers.</source>
        <translation>隠れ層は最大 {0} 層までです。</translation>
    </message>
    <message>
        <source>The dropout ratio must be at least 0 and below 1.</source>
        <translation>Dropout の比率は 0 以上 1 未満にしてください。</translation>
    </message>
    <message>
        <source>Weight decay λ cannot be negative.</source>
        <translation>Weight decay の λ は負にできません。</translation>
    </message>
    <message>
        <source>The padding cannot be negative.</source>
        <translation>パディングは負にできません。</translation>
    </message>
    <message>
        <source>Use at least 1 filter.</source>
        <translation>フィルターは少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>The filter size must be at least 1.</source>
        <translation>フィルターサイズは 1 以上にしてください。</translation>
    </message>
    <message>
        <source>The stride must be at least 1.</source>
        <translation>ストライドは 1 以上にしてください。</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>バッチサイズは 1 以上にしてください。</translation>
    </message>
    <message>
        <source>Train for at least 1 epoch.</source>
        <translation>少なくとも 1 エポックは学習してください。</translation>
    </message>
    <message>
        <source>This value must be at least 1.</source>
        <translation>この値は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>A {0}×{0} filter is larger than its {1}×{1} input (28 pixels plus the padding).</source>
        <translation>{0}×{0} のフィルターが {1}×{1} の入力（28 ピクセル＋パディング）より大きくなっています。</translation>
    </message>
    <message>
        <source>The convolution outputs {0}×{0} pixels: too few for the 2×2 pooling after it.</source>
        <translation>畳み込みの出力が {0}×{0} ピクセルしかなく、その後の 2×2 プーリングには足りません。</translation>
    </message>
    <message>
        <source>The learning rate must be above 0.</source>
        <translation>学習率は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Use at least 1 training image.</source>
        <translation>訓練画像は少なくとも 1 枚必要です。</translation>
    </message>
    <message>
        <source>MNIST has only {1} training images.</source>
        <translation>MNIST の訓練画像は {1} 枚しかありません。</translation>
    </message>
    <message>
        <source>The batch size ({0}) is larger than the training set ({1} images).</source>
        <translation>バッチサイズ（{0}）が訓練データ（{1} 枚）より大きくなっています。</translation>
    </message>
    <message>
        <source>This setting is not possible: {0}.</source>
        <translation>この設定は使えません：{0}。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Network (chapters 5–8)</source>
        <translation>ネットワーク（5〜8 章）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Fully connected (MLP)</source>
        <translation>全結合（MLP）</translation>
    </message>
    <message>
        <source>SimpleConvNet (ch. 7)</source>
        <translation>SimpleConvNet（7 章）</translation>
    </message>
    <message>
        <source>DeepConvNet (ch. 8)</source>
        <translation>DeepConvNet（8 章）</translation>
    </message>
    <message>
        <source>Hidden layers (units each)</source>
        <translation>隠れ層（各層のユニット数）</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>第 {0} 層</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>隠れ層を追加</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>この層を削除</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>He: std √(2/n)</source>
        <translation>He：標準偏差 √(2/n)</translation>
    </message>
    <message>
        <source>Xavier: std √(1/n)</source>
        <translation>Xavier：標準偏差 √(1/n)</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>標準偏差 0.01</translation>
    </message>
    <message>
        <source>Batch normalization (ch. 6.3)</source>
        <translation>Batch Normalization（6.3 節）</translation>
    </message>
    <message>
        <source>Dropout ratio</source>
        <translation>Dropout の比率</translation>
    </message>
    <message>
        <source>off</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Weight decay λ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター数</translation>
    </message>
    <message>
        <source>Filter size</source>
        <translation>フィルターサイズ</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隠れ層のユニット数</translation>
    </message>
    <message>
        <source>The book&apos;s deep network (ch. 8.1): six 3×3 convolutions with ReLU, three 2×2 poolings, two Affine layers with dropout, He initial weights. It learns slowly on a CPU: try a few thousand training images first.</source>
        <translation>本書のディープなネットワーク（8.1 節）：ReLU つきの 3×3 畳み込み層が 6 つ、2×2 プーリング層が 3 つ、Dropout つきの Affine レイヤが 2 つ、重みの初期値は He。CPU では学習が遅いので、まずは訓練画像数千枚で試してください。</translation>
    </message>
    <message>
        <source>Training (chapter 6)</source>
        <translation>学習（6 章）</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>訓練画像の数</translation>
    </message>
    <message>
        <source>Few images (e.g. 300) make the network overfit: see chapter 6.4.</source>
        <translation>画像が少ない（例：300 枚）とネットワークは過学習します：6.4 節を参照。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数のシード</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights and batches.</source>
        <translation>同じシードなら重みの初期値もミニバッチも同じになります。</translation>
    </message>
    <message>
        <source>Overfitting example (300 images, ch. 6.4)</source>
        <translation>過学習の例（300 枚、6.4 節）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>出力の形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Input channels c = 0, 1, 2</source>
        <translation>入力のチャンネル c = 0, 1, 2</translation>
    </message>
    <message>
        <source>Filter {0}, channel c</source>
        <translation>フィルター {0}、チャンネル c</translation>
    </message>
    <message>
        <source>Filter {0} on channel c</source>
        <translation>フィルター {0} をチャンネル c に適用</translation>
    </message>
    <message>
        <source>The filter does not fit this padding and stride.</source>
        <translation>このパディングとストライドではフィルターが入力に収まりません。</translation>
    </message>
    <message>
        <source>Input (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ filters (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → output (N, FN, OH, OW) = ({0}, {4}, {7}, {8}).&lt;br&gt;A filter has as many channels as the input. Each channel of the filter slides over its own input channel; the results are added, plus the bias: one map per filter, so FN filters make FN maps.</source>
        <translation>入力 (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ フィルター (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → 出力 (N, FN, OH, OW) = ({0}, {4}, {7}, {8})。&lt;br&gt;フィルターのチャンネル数は入力と同じです。フィルターの各チャンネルがそれぞれの入力チャンネル上をスライドし、その結果を足してバイアスを加えます：フィルター 1 つにつき特徴マップが 1 枚なので、FN 個のフィルターから FN 枚のマップができます。</translation>
    </message>
    <message>
        <source>sum over c + b{0} ({1:g}) =</source>
        <translation>c について和 + b{0}（{1:g}）=</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Book&apos;s version</source>
        <translation>本のコード</translation>
    </message>
    <message>
        <source>Show the book&apos;s code beside ours, where ours differs on purpose</source>
        <translation>意図して書き方を変えたところで、本のコードをこちらのコードの横に表示します</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>エディタで開く</translation>
    </message>
    <message>
        <source>Open the engine&apos;s source file</source>
        <translation>エンジンのソースファイルを開きます</translation>
    </message>
    <message>
        <source>The book&apos;s backward writes zeros into dout itself; ours returns a new array, so the gradient a view is showing is never changed behind its back.</source>
        <translation>本の backward は dout そのものに 0 を書き込みます。こちらは新しい配列を返すので、画面に表示中の勾配が知らないうちに書き換わることはありません。</translation>
    </message>
    <message>
        <source>The book calls softmax, then cross_entropy_error with log(y + 1e-7); ours fuses them into one stable log-sum-exp: no log(0), no 1e-7, one (N, K) buffer.</source>
        <translation>本は softmax の後に log(y + 1e-7) で cross_entropy_error を呼びます。こちらは両者を数値的に安定な log-sum-exp 1 つにまとめています。log(0) も 1e-7 もなく、(N, K) のバッファ 1 つで済みます。</translation>
    </message>
    <message>
        <source>The book runs im2col and np.argmax over every window; ours takes the maxima offset by offset and saves which offset won (the argmax) for backward.</source>
        <translation>本はすべてのウィンドウに im2col と np.argmax を使います。こちらはオフセットごとに最大値を取り、どのオフセットが勝ったか（argmax）を backward のために保存します。</translation>
    </message>
    <message>
        <source>The book computes col @ W.reshape(FN, -1).T + b; ours takes the same product transposed, so the output needs no transposing copy, and reuses its buffers.</source>
        <translation>本は col @ W.reshape(FN, -1).T + b を計算します。こちらは同じ積を転置した形で計算するので、出力の転置コピーが要らず、バッファも使い回します。</translation>
    </message>
    <message>
        <source>The book fills a 6-D array of zeros and transposes it; ours fills the transposed matrix directly (im2col_t) and returns its transpose.</source>
        <translation>本は 6 次元のゼロ配列を埋めてから転置します。こちらは転置済みの行列を直接埋め（im2col_t）、その転置を返します。</translation>
    </message>
    <message>
        <source>The book draws weights from global np.random in float64; ours takes a np.random.Generator and trains in float32 (half the memory).</source>
        <translation>本はグローバルな np.random から float64 で重みを作ります。こちらは渡された np.random.Generator を使い、float32 で学習します（メモリは半分）。</translation>
    </message>
    <message>
        <source># This view runs no engine code of its own.</source>
        <translation># このビューは独自のエンジンコードを実行しません。</translation>
    </message>
    <message>
        <source># The source of {0} is not installed with this copy of nnviz.</source>
        <translation># この nnviz には {0} のソースがインストールされていません。</translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}、{1} 行目</translation>
    </message>
    <message>
        <source>The book&apos;s version:</source>
        <translation>本のコード：</translation>
    </message>
    <message>
        <source>No program to open {0} was found; Copy takes the code.</source>
        <translation>{0} を開くプログラムが見つかりません。「コピー」でコードを取り出せます。</translation>
    </message>
</context>
<context>
    <name>ConvolutionTab</name>
    <message>
        <source>Convolution</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Chapter 7: convolution, pooling and im2col</source>
        <translation>7 章：畳み込み、プーリング、im2col</translation>
    </message>
    <message>
        <source>Convolution (7.2)</source>
        <translation>畳み込み演算（7.2）</translation>
    </message>
    <message>
        <source>Max pooling (7.3)</source>
        <translation>Max プーリング（7.3）</translation>
    </message>
    <message>
        <source>Average pooling (7.3)</source>
        <translation>Average プーリング（7.3）</translation>
    </message>
    <message>
        <source>The book&apos;s 4×4 example</source>
        <translation>本書の 4×4 の例</translation>
    </message>
    <message>
        <source>An MNIST test digit</source>
        <translation>MNIST のテスト用の数字</translation>
    </message>
    <message>
        <source>The digit from the pad</source>
        <translation>手書きパッドの数字</translation>
    </message>
    <message>
        <source>Typed values</source>
        <translation>数値を入力</translation>
    </message>
    <message>
        <source>The book&apos;s 3×3 filter</source>
        <translation>本書の 3×3 フィルター</translation>
    </message>
    <message>
        <source>Vertical edges</source>
        <translation>縦のエッジ</translation>
    </message>
    <message>
        <source>Blur (average)</source>
        <translation>ぼかし（平均）</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>シャープ化</translation>
    </message>
    <message>
        <source>Learned filter (bundled model)</source>
        <translation>学習済みフィルター（同梱モデル）</translation>
    </message>
    <message>
        <source>A filter slides over the input. At each position the pixels under it are multiplied by the filter&apos;s weights, element by element, and summed (plus the bias): that sum is one cell of the output. Step through it with the buttons or the ← → keys.</source>
        <translation>フィルターが入力の上をスライドします。各位置で、フィルターの下にあるピクセルとフィルターの重みを要素ごとに掛けて足し合わせ（バイアスも加え）ます。その和が出力の 1 要素です。ボタンか ← → キーで 1 ステップずつ進めてください。</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>スライドする窓</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>im2col</source>
        <translation>im2col</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>ネットワークの内部</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>MNIST digit no.</source>
        <translation>MNIST の数字の番号</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Rows separated by /, numbers by spaces</source>
        <translation>行は / で、数は空白で区切ります</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter no.</source>
        <translation>フィルターの番号</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>バイアス b</translation>
    </message>
    <message>
        <source>Size, padding, stride</source>
        <translation>サイズ、パディング、ストライド</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>一度に全部</translation>
    </message>
    <message>
        <source>Keys: → next, ← previous, space play/pause.</source>
        <translation>キー：→ 次へ、← 前へ、スペース 再生/一時停止。</translation>
    </message>
    <message>
        <source>Every layer of the model {0} for the digit from the pad, from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
        <translation>手書きパッドの数字に対するモデル {0} の全レイヤの出力、入力からソフトマックスまで（同梱の SimpleConvNet では Conv1 → ReLU → Pool → Affine → ReLU → Affine）。最初のほうの層のマップをクリックすると、それを作ったフィルターが見られます。</translation>
    </message>
    <message>
        <source>Every layer of the model {1} for an MNIST test digit (the one chosen as input, else digit no. {0}), from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
        <translation>MNIST のテスト用の数字（入力に選んだもの、なければ {0} 番）に対するモデル {1} の全レイヤの出力、入力からソフトマックスまで（同梱の SimpleConvNet では Conv1 → ReLU → Pool → Affine → ReLU → Affine）。最初のほうの層のマップをクリックすると、それを作ったフィルターが見られます。</translation>
    </message>
    <message>
        <source>Input not changed: {0}</source>
        <translation>入力は変更されていません：{0}</translation>
    </message>
    <message>
        <source>Filter not changed: {0}</source>
        <translation>フィルターは変更されていません：{0}</translation>
    </message>
    <message>
        <source>no numbers: type rows like 1 2 3 / 4 5 6</source>
        <translation>数がありません：1 2 3 / 4 5 6 のように行を入力してください</translation>
    </message>
    <message>
        <source>at most {0} rows</source>
        <translation>最大 {0} 行まで</translation>
    </message>
    <message>
        <source>at most {0} numbers in a row</source>
        <translation>1 行に数は最大 {0} 個まで</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>「{0}」は数ではありません</translation>
    </message>
    <message>
        <source>every row needs the same number of values</source>
        <translation>どの行も値の個数を同じにしてください</translation>
    </message>
    <message>
        <source>numbers must be finite</source>
        <translation>数は有限の値にしてください</translation>
    </message>
    <message>
        <source>a filter must be square (as many rows as columns)</source>
        <translation>フィルターは正方形にしてください（行数と列数を同じに）</translation>
    </message>
    <message>
        <source>Nothing drawn yet: write a digit on the pad of the Draw tab, then choose it here.</source>
        <translation>まだ何も書かれていません：「手書き数字」タブのパッドに数字を書いてから、ここで選んでください。</translation>
    </message>
    <message>
        <source>The pad is empty now: this is the digit drawn on it before.</source>
        <translation>パッドは今は空です：これは以前に書かれた数字です。</translation>
    </message>
    <message>
        <source>MNIST is not available on this computer.</source>
        <translation>このコンピュータには MNIST がありません。</translation>
    </message>
    <message>
        <source>MNIST could not be read: {0}</source>
        <translation>MNIST を読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>The bundled model could not be read: {0}</source>
        <translation>同梱のモデルを読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>This model has no convolution on grey images.</source>
        <translation>このモデルにはグレー画像に対する畳み込み層がありません。</translation>
    </message>
    <message>
        <source>Filter size FH</source>
        <translation>フィルターサイズ FH</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>窓のサイズ</translation>
    </message>
    <message>
        <source>Padding P = {0}</source>
        <translation>パディング P = {0}</translation>
    </message>
    <message>
        <source>Stride S = {0}</source>
        <translation>ストライド S = {0}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>Window {0} of {1}.</source>
        <translation>窓 {0} / {1}。</translation>
    </message>
    <message>
        <source>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</source>
        <translation>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</translation>
    </message>
    <message>
        <source>The filter ({0}×{0}) is larger than the padded input ({1}×{2}): no output.</source>
        <translation>フィルター（{0}×{0}）がパディング後の入力（{1}×{2}）より大きいので、出力がありません。</translation>
    </message>
    <message>
        <source>(H + 2P − FH) / S is not an integer: the window does not land on the last rows or columns; the engine rounds down ({0}×{1}). Choose a stride or padding that divides evenly.</source>
        <translation>(H + 2P − FH) / S が整数ではありません：窓が最後の行や列に届かず、エンジンは切り捨てます（{0}×{1}）。割り切れるストライドかパディングを選んでください。</translation>
    </message>
    <message>
        <source>Shapes: input (N, C, H, W) = (1, 1, {0}, {1}); filter (FN, C, FH, FW) = (1, 1, {2}, {2}); output (N, FN, OH, OW) = (1, 1, {3}, {4}).</source>
        <translation>形状：入力 (N, C, H, W) = (1, 1, {0}, {1})、フィルター (FN, C, FH, FW) = (1, 1, {2}, {2})、出力 (N, FN, OH, OW) = (1, 1, {3}, {4})。</translation>
    </message>
    <message>
        <source>Input {0}×{1}, padding {2}</source>
        <translation>入力 {0}×{1}、パディング {2}</translation>
    </message>
    <message>
        <source>Filter {0}×{0}</source>
        <translation>フィルター {0}×{0}</translation>
    </message>
    <message>
        <source>Window {0}×{0}</source>
        <translation>窓 {0}×{0}</translation>
    </message>
    <message>
        <source>Output: none</source>
        <translation>出力：なし</translation>
    </message>
    <message>
        <source>Output {0}×{1}</source>
        <translation>出力 {0}×{1}</translation>
    </message>
    <message>
        <source>Press Next ▶ (or →) to put the window on the first position.</source>
        <translation>「次へ ▶」（または →）を押すと、窓が最初の位置に置かれます。</translation>
    </message>
    <message>
        <source>Window {0}: output cell (row {1}, column {2}).</source>
        <translation>窓 {0}：出力の {1} 行 {2} 列目の要素。</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>W1 before training (seed {0})</source>
        <translation>学習前の W1（シード {0}）</translation>
    </message>
    <message>
        <source>W1 after training</source>
        <translation>学習後の W1</translation>
    </message>
    <message>
        <source>The network&apos;s answer: {0} ({1}).</source>
        <translation>ネットワークの答え：{0}（{1}）。</translation>
    </message>
    <message>
        <source>{0}, map {1}: made from all the maps of the layer before it.</source>
        <translation>{0} のマップ {1}：前の層のすべてのマップから作られます。</translation>
    </message>
    <message>
        <source>{0}, map {1}: made by filter no. {1}, now the filter on the Sliding window page.</source>
        <translation>{0} のマップ {1}：{1} 番のフィルターで作られます。そのフィルターが今「スライドする窓」ページのフィルターです。</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <source>Accuracy is measured after every epoch (one pass over the training set).</source>
        <translation>認識精度はエポック（訓練データを一通り使い切る単位）ごとに測ります。</translation>
    </message>
    <message>
        <source>Accuracy after every epoch on all {0:,} training and {1:,} test images.</source>
        <translation>エポックごとの認識精度：訓練画像 {0:,} 枚すべてとテスト画像 {1:,} 枚すべてで測定。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and on all {2:,} test images.</source>
        <translation>時間節約のため、エポックごとの認識精度は訓練画像 {1:,} 枚のうち {0:,} 枚と、テスト画像 {2:,} 枚すべてで測ります。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on all {0:,} training images and on {1:,} of the {2:,} test images; the final result uses all test images.</source>
        <translation>時間節約のため、エポックごとの認識精度は訓練画像 {0:,} 枚すべてと、テスト画像 {2:,} 枚のうち {1:,} 枚で測ります。最終結果はテスト画像をすべて使います。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and {2:,} of the {3:,} test images; the final result uses all test images.</source>
        <translation>時間節約のため、エポックごとの認識精度は訓練画像 {1:,} 枚のうち {0:,} 枚と、テスト画像 {3:,} 枚のうち {2:,} 枚で測ります。最終結果はテスト画像をすべて使います。</translation>
    </message>
    <message>
        <source>Loss per iteration</source>
        <translation>イテレーションごとの損失関数</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation>各ミニバッチ</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>Accuracy after each epoch</source>
        <translation>エポックごとの認識精度</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>訓練画像</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
</context>
<context>
    <name>DecisionLine</name>
    <message>
        <source>The line is outside the plot: drag this grip to bring it back.</source>
        <translation>直線がグラフの外にあります：このつまみをドラッグして戻してください。</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Gradient descent (ch4.4): x ← x − η∇f(x). Each step goes against the gradient, η (the learning rate) times its size. Too large an η overshoots and diverges; too small an η barely moves.</source>
        <translation>勾配降下法（4.4 節）：x ← x − η∇f(x)。各ステップで勾配と逆向きに、勾配の大きさの η（学習率）倍だけ進みます。η が大きすぎると行き過ぎて発散し、小さすぎるとほとんど動きません。</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>学習率 η：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数：</translation>
    </message>
    <message>
        <source>The book&apos;s example, x0² + x1² from (−3, 4):</source>
        <translation>本書の例、x0² + x1²、始点 (−3, 4)：</translation>
    </message>
    <message>
        <source>η = 0.1: converges</source>
        <translation>η = 0.1：収束</translation>
    </message>
    <message>
        <source>η = 10: diverges</source>
        <translation>η = 10：発散</translation>
    </message>
    <message>
        <source>η = 1e-10: barely moves</source>
        <translation>η = 1e-10：ほとんど動かない</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Draw a digit</source>
        <translation>手書き数字</translation>
    </message>
    <message>
        <source>Chapters 7–8: a convolutional network reads your handwriting</source>
        <translation>7〜8 章：畳み込みニューラルネットワークがあなたの手書き数字を読みます</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>nnviz models (*.npz)</source>
        <translation>nnviz モデル (*.npz)</translation>
    </message>
    <message>
        <source>Pen width: {0}</source>
        <translation>ペンの太さ：{0}</translation>
    </message>
    <message>
        <source>28×28 input: ink = 1 (white), paper = 0</source>
        <translation>28×28 の入力：インク = 1（白）、紙 = 0</translation>
    </message>
    <message>
        <source>(Your pen is wide for a digit this small: the network gets it with strokes as thin as MNIST&apos;s.)</source>
        <translation>（この小さな数字にはペンが太すぎます：ネットワークには MNIST と同じくらい細い線で渡します。）</translation>
    </message>
    <message>
        <source>No model: no prediction.</source>
        <translation>モデルがないので予測できません。</translation>
    </message>
    <message>
        <source>Not a digit yet — draw more.</source>
        <translation>まだ数字になっていません——もう少し書いてください。</translation>
    </message>
    <message>
        <source>Draw a digit to see the network&apos;s guess.</source>
        <translation>数字を書くと、ネットワークの予想が見られます。</translation>
    </message>
    <message>
        <source>{0} sure it is a {1}</source>
        <translation>{0} の確率で {1}</translation>
    </message>
    <message>
        <source>Each row is one layer&apos;s output for your digit, from the input to softmax: a tile per map of a convolution or pooling layer (each on its own scale), a cell per neuron of an Affine layer. Blue = positive, red = negative, white = 0.</source>
        <translation>各行は、あなたの数字に対する 1 つの層の出力です（入力からソフトマックスまで）。畳み込み層やプーリング層はマップ 1 枚につきタイル 1 つ（それぞれ独自のスケール）、Affine レイヤはニューロン 1 つにつきマス 1 つ。青 = 正、赤 = 負、白 = 0。</translation>
    </message>
    <message>
        <source>Each row is one layer&apos;s output for your digit, from the input to softmax: each hidden layer&apos;s neurons as a heat row, a cell per neuron. Blue = positive, red = negative, white = 0.</source>
        <translation>各行は、あなたの数字に対する 1 つの層の出力です（入力からソフトマックスまで）。隠れ層のニューロンはヒートマップの 1 行として、ニューロン 1 つにつきマス 1 つ。青 = 正、赤 = 負、白 = 0。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Draw a digit to see every layer&apos;s output.</source>
        <translation>数字を書くと、すべての層の出力が見られます。</translation>
    </message>
    <message>
        <source>The other bundled model is missing: nothing to compare with.</source>
        <translation>もう一方の同梱モデルが見つかりません：比べる相手がいません。</translation>
    </message>
    <message>
        <source>{0} will answer too.</source>
        <translation>{0} も答えます。</translation>
    </message>
    <message>
        <source>{0} reads {1} ({2})</source>
        <translation>{0} の答え：{1}（{2}）</translation>
    </message>
    <message>
        <source>They disagree!</source>
        <translation>2 つのネットワークの答えが違います！</translation>
    </message>
    <message>
        <source>Model: none</source>
        <translation>モデル：なし</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, bundled with nnviz)</source>
        <translation>モデル：{0}（{1}、nnviz に同梱）</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>モデル：{0}</translation>
    </message>
    <message>
        <source>Model: {0} ({1})</source>
        <translation>モデル：{0}（{1}）</translation>
    </message>
    <message>
        <source>The bundled model is missing ({0}). Train a network in the Training tab and send it to the drawing pad, or open a model file with File ▸ Open model…</source>
        <translation>同梱のモデルが見つかりません（{0}）。「訓練」タブでネットワークを学習させて手書きパッドに送るか、「ファイル ▸ モデルを開く…」でモデルファイルを開いてください。</translation>
    </message>
    <message>
        <source>Could not open this model: {0}</source>
        <translation>このモデルを開けませんでした：{0}</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded: {0}. Reinstall nnviz, or open another model with File ▸ Open model…</source>
        <translation>同梱のモデルを読み込めませんでした：{0}。nnviz を再インストールするか、「ファイル ▸ モデルを開く…」で別のモデルを開いてください。</translation>
    </message>
    <message>
        <source>This model cannot read 28×28 digits: {0}</source>
        <translation>このモデルは 28×28 の数字を読めません：{0}</translation>
    </message>
    <message>
        <source>Chapters 7–8 · Draw a digit</source>
        <translation>7〜8 章 · 手書き数字</translation>
    </message>
    <message>
        <source>Write one digit (0-9) in the white square with the mouse or a pen. While you write, the drawing is turned into the network&apos;s input the way MNIST was made: the ink&apos;s bounding box (dashed) is scaled to 20×20 pixels and placed in a 28×28 image with its centre of mass (red cross) in the middle. The network computes a score per digit and softmax turns the scores into probabilities (chapter 3).</source>
        <translation>白い四角の中に、マウスかペンで数字を 1 つ（0〜9）書いてください。書いている間に、絵は MNIST の作り方と同じ手順でネットワークの入力に変換されます：インクを囲む矩形（破線）を 20×20 ピクセルに縮小し、重心（赤い十字）が中央に来るように 28×28 の画像に置きます。ネットワークは数字ごとにスコアを計算し、ソフトマックス関数がスコアを確率に変えます（3 章）。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>ここに数字を書いてください</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Erase the drawing (Esc)</source>
        <translation>絵を消す（Esc）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>最後の 1 画を消す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Thickness of the next strokes</source>
        <translation>次に書く線の太さ</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>SimpleConvNet (bundled)</source>
        <translation>SimpleConvNet（同梱）</translation>
    </message>
    <message>
        <source>DeepConvNet (bundled)</source>
        <translation>DeepConvNet（同梱）</translation>
    </message>
    <message>
        <source>Trained here (Training tab)</source>
        <translation>ここで学習したもの（「訓練」タブ）</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>ファイルから…</translation>
    </message>
    <message>
        <source>Which network reads your digit: one of the two that come with nnviz, the one you trained in the Training tab, or a model file. Remembered for the next launch.</source>
        <translation>あなたの数字を読むネットワーク：nnviz に同梱の 2 つのどちらか、「訓練」タブで学習させたもの、またはモデルファイル。次回の起動時にも覚えています。</translation>
    </message>
    <message>
        <source>Compare with the other model</source>
        <translation>もう一方のモデルと比べる</translation>
    </message>
    <message>
        <source>Also show what the other bundled network reads (DeepConvNet beside SimpleConvNet): on hard digits they often disagree.</source>
        <translation>もう一方の同梱ネットワークの答えも表示します（SimpleConvNet と DeepConvNet を並べて）：読みにくい数字では、よく答えが分かれます。</translation>
    </message>
    <message>
        <source>Prediction: softmax probabilities</source>
        <translation>予測：ソフトマックスの確率</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>ネットワークに見えているもの</translation>
    </message>
    <message>
        <source>Every layer · blue &gt; 0, red &lt; 0</source>
        <translation>全レイヤ · 青 &gt; 0、赤 &lt; 0</translation>
    </message>
    <message>
        <source>The model {0} could not be used; skipped.</source>
        <translation>モデル {0} を使えなかったため、読み飛ばしました。</translation>
    </message>
</context>
<context>
    <name>ExperimentViews</name>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>dashed: validation</source>
        <translation>破線：検証データ</translation>
    </message>
    <message>
        <source>dashed: test images</source>
        <translation>破線：テスト画像</translation>
    </message>
    <message>
        <source>Solid: training images · {held}</source>
        <translation>実線：訓練画像 · {held}</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>損失（平滑化）</translation>
    </message>
    <message>
        <source>Loss per mini-batch, smoothed as in the book</source>
        <translation>ミニバッチごとの損失（本書と同じく平滑化）</translation>
    </message>
    <message>
        <source>Best-{rank}: lr {lr:.2g}, λ {decay:.2g}</source>
        <translation>Best-{rank}：学習率 {lr:.2g}、λ {decay:.2g}</translation>
    </message>
    <message>
        <source>log₁₀ learning rate</source>
        <translation>log₁₀ 学習率</translation>
    </message>
    <message>
        <source>log₁₀ weight decay λ</source>
        <translation>log₁₀ Weight decay λ</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>検証データの認識精度</translation>
    </message>
    <message>
        <source>The best trials so far, as the book&apos;s Figure 6-24</source>
        <translation>これまでで最も良い試行（本書の図 6-24 と同じ）</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 層</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>アクティベーション</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>勾配</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>PNG image, screen size (*.png)</source>
        <translation>PNG 画像、画面の大きさ (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 2× for print (*.png)</source>
        <translation>PNG 画像、印刷用 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 4× for print (*.png)</source>
        <translation>PNG 画像、印刷用 4× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>CSV data of the plots (*.csv)</source>
        <translation>グラフのデータ CSV (*.csv)</translation>
    </message>
    <message>
        <source>plot {0}</source>
        <translation>グラフ {0}</translation>
    </message>
    <message>
        <source>curve {0}</source>
        <translation>曲線 {0}</translation>
    </message>
    <message>
        <source>This view has no plotted curves to save as data.</source>
        <translation>この表示には、データとして保存できる曲線がありません。</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>表示を書き出す</translation>
    </message>
</context>
<context>
    <name>ExpressionBox</name>
    <message>
        <source>Chain rule: z = (x + y)² (5.2)</source>
        <translation>連鎖律：z = (x + y)²（5.2）</translation>
    </message>
    <message>
        <source>Sigmoid as ×(−1), exp, +1, / (fig. 5-19)</source>
        <translation>シグモイドを ×(−1)、exp、+1、/ に分解（図 5-19）</translation>
    </message>
    <message>
        <source>A neuron with sigmoid</source>
        <translation>シグモイドのニューロン</translation>
    </message>
    <message>
        <source>Squared error ½(y − t)² (4.2.1)</source>
        <translation>2 乗和誤差 ½(y − t)²（4.2.1）</translation>
    </message>
    <message>
        <source>L = (a·b + c)·d</source>
        <translation>L = (a·b + c)·d</translation>
    </message>
    <message>
        <source>too long: {0} characters, at most {1}</source>
        <translation>長すぎます：{0} 文字、最大 {1} 文字</translation>
    </message>
    <message>
        <source>more than {0} nested parentheses</source>
        <translation>括弧の入れ子が {0} 段を超えています</translation>
    </message>
    <message>
        <source>too many parts: at most {0}</source>
        <translation>部分が多すぎます：最大 {0} 個</translation>
    </message>
    <message>
        <source>nothing to compute: type an expression like z = (x + y)**2</source>
        <translation>計算するものがありません：z = (x + y)**2 のような式を入力してください</translation>
    </message>
    <message>
        <source>the left of = must be one short name, like z</source>
        <translation>= の左辺は z のような短い名前 1 つにしてください</translation>
    </message>
    <message>
        <source>the output cannot also be an input</source>
        <translation>出力を入力にすることはできません</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>正しい式ではありません</translation>
    </message>
    <message>
        <source>only numbers are allowed as constants</source>
        <translation>定数に使えるのは数だけです</translation>
    </message>
    <message>
        <source>numbers must lie between −1,000,000 and 1,000,000</source>
        <translation>数は −1,000,000 から 1,000,000 の間にしてください</translation>
    </message>
    <message>
        <source>a variable is a short name (at most {0} letters, not starting with _)</source>
        <translation>変数は短い名前です（最大 {0} 文字、_ で始まらないもの）</translation>
    </message>
    <message>
        <source>{0} needs parentheses: {0}(x)</source>
        <translation>{0} には括弧が必要です：{0}(x)</translation>
    </message>
    <message>
        <source>the power must be a number, like x**2</source>
        <translation>指数は x**2 のように数にしてください</translation>
    </message>
    <message>
        <source>the power must lie between −10 and 10</source>
        <translation>指数は −10 から 10 の間にしてください</translation>
    </message>
    <message>
        <source>only + − * / and ** are allowed</source>
        <translation>使える演算は + − * / と ** だけです</translation>
    </message>
    <message>
        <source>only a minus sign may stand before a value</source>
        <translation>値の前に置けるのはマイナス記号だけです</translation>
    </message>
    <message>
        <source>only exp, log, sigmoid, relu and tanh can be called</source>
        <translation>呼び出せるのは exp、log、sigmoid、relu、tanh だけです</translation>
    </message>
    <message>
        <source>{0} takes one argument: {0}(x)</source>
        <translation>{0} の引数は 1 つです：{0}(x)</translation>
    </message>
    <message>
        <source>not allowed in an expression</source>
        <translation>式の中では使えません</translation>
    </message>
    <message>
        <source>Your expression</source>
        <translation>自分の式</translation>
    </message>
    <message>
        <source>Start from an example…</source>
        <translation>例から始める…</translation>
    </message>
    <message>
        <source>Build the graph (Enter)</source>
        <translation>計算グラフを作る（Enter）</translation>
    </message>
    <message>
        <source>Numbers, names, + − * /, ** with a number, exp, log, sigmoid, relu, tanh and parentheses. Set the variables under Inputs.</source>
        <translation>数、名前、+ − * /、指数が数の **、exp、log、sigmoid、relu、tanh、括弧が使えます。変数の値は「入力」で設定します。</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>{0} 列目</translation>
    </message>
    <message>
        <source>The graph shown is still the last one that worked.</source>
        <translation>表示中の計算グラフは、最後にうまくいった式のままです。</translation>
    </message>
</context>
<context>
    <name>FunctionBox</name>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>The book&apos;s example (ch4): a round bowl. Every arrow points straight at the minimum (0, 0), and arrows are longer where the bowl is steeper.</source>
        <translation>本書の例（4 章）：丸いお椀。どの矢印も最小値 (0, 0) をまっすぐ指し、お椀が急なところほど矢印が長くなります。</translation>
    </message>
    <message>
        <source>The book&apos;s example (ch6): flat along x, steep along y. Most arrows point across the valley rather than at the minimum, so plain SGD zigzags.</source>
        <translation>本書の例（6 章）：x 方向はなだらかで y 方向は急です。ほとんどの矢印は最小値ではなく谷を横切る向きを指すので、素朴な SGD はジグザグに進みます。</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana valley: descent falls into the valley at once, then crawls along its flat floor towards the minimum (1, 1).</source>
        <translation>Rosenbrock のバナナ型の谷：降下はすぐに谷へ落ち、その後は平らな谷底に沿って最小値 (1, 1) へゆっくり這い進みます。</translation>
    </message>
    <message>
        <source>A saddle: the gradient is zero at (0, 0), yet it is a minimum along x0 and a maximum along x1. Descent slows down there, then slides off along x1.</source>
        <translation>鞍点：(0, 0) で勾配は 0 ですが、x0 方向には最小値、x1 方向には最大値です。降下はそこで遅くなり、やがて x1 方向へ滑り落ちます。</translation>
    </message>
    <message>
        <source>Himmelblau&apos;s function has four minima (stars): where you click decides which one gradient descent finds.</source>
        <translation>Himmelblau 関数には最小値が 4 つ（星印）あります：どこをクリックするかで、勾配降下法がどれを見つけるかが決まります。</translation>
    </message>
</context>
<context>
    <name>GatePlot</name>
    <message>
        <source>s1 = NAND</source>
        <translation>s1 = NAND</translation>
    </message>
    <message>
        <source>s2 = OR</source>
        <translation>s2 = OR</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>目標 0</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>目標 1</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>Gradient check (5.7.3)</source>
        <translation>勾配確認（5.7.3）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|差|</translation>
    </message>
    <message>
        <source>All differences are below 1e-7: backpropagation is right.</source>
        <translation>すべての差が 1e-7 未満：誤差逆伝播法は正しく実装されています。</translation>
    </message>
    <message>
        <source>A difference is above 1e-7: an input of ReLU is probably too close to 0 for the numerical gradient.</source>
        <translation>差が 1e-7 を超えています：おそらく ReLU の入力が 0 に近すぎて、数値微分が不正確です。</translation>
    </message>
    <message>
        <source>numerical_gradient nudges each weight by ±1e-4 and measures the loss; backprop gets all of them in one backward pass.</source>
        <translation>numerical_gradient は重みを 1 つずつ ±1e-4 だけ動かして損失を測ります。誤差逆伝播法は 1 回の逆伝播ですべての勾配を求めます。</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Chapter 4: gradients and gradient descent · Chapter 6: optimizers</source>
        <translation>4 章：勾配と勾配降下法 · 6 章：最適化手法</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>勾配と勾配降下法</translation>
    </message>
    <message>
        <source>The arrows show −∇f, the direction in which f falls fastest, computed with numerical_gradient (ch4.4). Click on the plot to start descending from there.</source>
        <translation>矢印は −∇f、つまり f が最も速く減る方向を表し、numerical_gradient（4.4 節）で計算しています。グラフをクリックすると、そこから降下を始めます。</translation>
    </message>
    <message>
        <source>Arrows of −∇f</source>
        <translation>−∇f の矢印</translation>
    </message>
    <message>
        <source>Show arrows</source>
        <translation>矢印を表示</translation>
    </message>
    <message>
        <source>Direction only</source>
        <translation>向きだけ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Gradient descent (ch4)</source>
        <translation>勾配降下法（4 章）</translation>
    </message>
    <message>
        <source>Optimizer race (ch6)</source>
        <translation>最適化手法の競争（6 章）</translation>
    </message>
    <message>
        <source>Arrows per side: {0}</source>
        <translation>1 辺の矢印の数：{0}</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速さ：毎秒 {0} ステップ</translation>
    </message>
</context>
<context>
    <name>Im2colPage</name>
    <message>
        <source>im2col (7.4.3) copies every window into one row of a matrix. With the filter unrolled into a column, the whole convolution is one matrix product; reshaping its result gives the output map. The highlighted row is the current window.</source>
        <translation>im2col（7.4.3）は各窓を行列の 1 行にコピーします。フィルターを 1 列に展開すれば、畳み込み全体が 1 回の行列の積になり、結果を reshape すると出力マップになります。強調表示された行が現在の窓です。</translation>
    </message>
    <message>
        <source>Time loops vs im2col</source>
        <translation>ループと im2col の時間を測る</translation>
    </message>
    <message>
        <source>input, padded: {0}×{1}</source>
        <translation>入力（パディング後）：{0}×{1}</translation>
    </message>
    <message>
        <source>col: {0} windows × {1} pixels</source>
        <translation>col：{0} 個の窓 × {1} ピクセル</translation>
    </message>
    <message>
        <source>W: {0}×1</source>
        <translation>W：{0}×1</translation>
    </message>
    <message>
        <source>col @ W + b: {0}×1</source>
        <translation>col @ W + b：{0}×1</translation>
    </message>
    <message>
        <source>(no weights)</source>
        <translation>（重みなし）</translation>
    </message>
    <message>
        <source>max of each row: {0}×1</source>
        <translation>各行の最大値：{0}×1</translation>
    </message>
    <message>
        <source>mean of each row: {0}×1</source>
        <translation>各行の平均値：{0}×1</translation>
    </message>
    <message>
        <source>reshaped: {0}×{1}</source>
        <translation>reshape 後：{0}×{1}</translation>
    </message>
    <message>
        <source>Timing compares convolutions: choose Convolution.</source>
        <translation>時間の比較は畳み込みが対象です：「畳み込み演算」を選んでください。</translation>
    </message>
    <message>
        <source>Loops over {0} windows: {1:.3f} ms. im2col + one matrix product: {2:.3f} ms.</source>
        <translation>{0} 個の窓のループ：{1:.3f} ms。im2col と 1 回の行列の積：{2:.3f} ms。</translation>
    </message>
    <message>
        <source>im2col is {0:.1f}× as fast here.</source>
        <translation>ここでは im2col のほうが {0:.1f} 倍速いです。</translation>
    </message>
    <message>
        <source>On an input this small the loops win: im2col&apos;s copying costs more than {0} steps. Try an MNIST digit.</source>
        <translation>入力がこれほど小さいとループのほうが速くなります：im2col のコピーには {0} ステップ分より多くかかります。MNIST の数字で試してください。</translation>
    </message>
</context>
<context>
    <name>LearnBox</name>
    <message>
        <source>Learn: the perceptron learning rule</source>
        <translation>学習：パーセプトロンの学習規則</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <source>How far one mistake moves w and b</source>
        <translation>1 回の誤りで w と b がどれだけ動くか</translation>
    </message>
    <message>
        <source>Inputs shown per second while playing</source>
        <translation>再生中に 1 秒あたりに見せる入力の数</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Step shows the perceptron one input; every mistake moves the line: w ← w + η(t − y)x, b ← b + η(t − y). Play repeats it.</source>
        <translation>「1 ステップ」でパーセプトロンに入力を 1 つ見せます。誤るたびに直線が動きます：w ← w + η(t − y)x、b ← b + η(t − y)。「再生」はこれを繰り返します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged&lt;/b&gt; in epoch {0}: a whole epoch without a mistake. The line now separates the gate.</source>
        <translation>エポック {0} で&lt;b&gt;収束&lt;/b&gt;：1 エポックの間、一度も誤りませんでした。直線はこのゲートの入力を分けています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No convergence&lt;/b&gt; after {0} epochs: every epoch still has mistakes and the line never settles. No straight line separates XOR.</source>
        <translation>{0} エポック後も&lt;b&gt;収束せず&lt;/b&gt;：どのエポックにも誤りがあり、直線は落ち着きません。XOR を分ける直線は存在しません。</translation>
    </message>
    <message>
        <source>Not converged after {0} epochs yet: press Step or Play to go on.</source>
        <translation>{0} エポック後もまだ収束していません：「1 ステップ」か「再生」で続けてください。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} = target {4}, so nothing changes.</source>
        <translation>エポック {0}、入力 ({1}, {2})：出力 {3} = 目標 {4} なので、何も変わりません。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} ≠ target {4}, so the rule moves the line: w1 = {5:.2f}, w2 = {6:.2f}, b = {7:.2f}.</source>
        <translation>エポック {0}、入力 ({1}, {2})：出力 {3} ≠ 目標 {4} なので、規則が直線を動かします：w1 = {5:.2f}、w2 = {6:.2f}、b = {7:.2f}。</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <source>Learning</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Chapter 4: loss functions, mini-batches and the gradient of a network</source>
        <translation>4 章：損失関数、ミニバッチ、ニューラルネットワークの勾配</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Mini-batches</source>
        <translation>ミニバッチ学習</translation>
    </message>
    <message>
        <source>Loss, not accuracy</source>
        <translation>認識精度ではなく損失</translation>
    </message>
    <message>
        <source>Gradient of a network</source>
        <translation>ニューラルネットワークの勾配</translation>
    </message>
    <message>
        <source>Numerical gradient vs backprop</source>
        <translation>数値微分 vs 誤差逆伝播法</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>レッスンを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add this view as a lesson step</source>
        <translation>この画面をレッスンのステップに追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent lessons</source>
        <translation>最近のレッスン(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve lesson…</source>
        <translation>レッスンを保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Edi&amp;t the step&apos;s title and note…</source>
        <translation>ステップのタイトルと説明を編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>レッスン(&amp;S)</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>レッスンの次のステップ</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>レッスンの前のステップ</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>前のステップ（Page Up）</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>次のステップ（Page Down）</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>レッスンを閉じる</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>（見つかりません）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>レッスンを開く</translation>
    </message>
    <message>
        <source>nnviz lessons (*.nnviz)</source>
        <translation>nnviz レッスン (*.nnviz)</translation>
    </message>
    <message>
        <source>Could not open the lesson {0}:</source>
        <translation>レッスン {0} を開けませんでした：</translation>
    </message>
    <message>
        <source>It has {0} steps: step {1} is shown, not step {2}.</source>
        <translation>このレッスンは {0} ステップです：ステップ {2} ではなくステップ {1} を表示しています。</translation>
    </message>
    <message>
        <source>The lesson {0} opened; these parts were skipped:</source>
        <translation>レッスン {0} を開きました。次の部分は読み飛ばしました：</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>The lesson&apos;s step shows the tab {0} in another state. There, now:
{1}

Show the step anyway?</source>
        <translation>レッスンのこのステップは、タブ「{0}」を別の状態で表示します。そのタブは今：
{1}

それでもステップを表示しますか？</translation>
    </message>
    <message>
        <source>the file cannot be read: {0}</source>
        <translation>ファイルを読み込めません：{0}</translation>
    </message>
    <message>
        <source>the file is larger than {0} bytes: not a lesson</source>
        <translation>ファイルが {0} バイトを超えています：レッスンではありません</translation>
    </message>
    <message>
        <source>not a lesson file: the JSON is broken ({0})</source>
        <translation>レッスンファイルではありません：JSON が壊れています（{0}）</translation>
    </message>
    <message>
        <source>not an nnviz lesson file</source>
        <translation>nnviz のレッスンファイルではありません</translation>
    </message>
    <message>
        <source>the lesson was written by a newer nnviz (version {0}; this one reads {1})</source>
        <translation>このレッスンは新しい nnviz で書かれています（バージョン {0}。この nnviz が読めるのは {1}）</translation>
    </message>
    <message>
        <source>the lesson has no steps</source>
        <translation>レッスンにステップがありません</translation>
    </message>
    <message>
        <source>only the first {0} steps were read</source>
        <translation>最初の {0} ステップだけを読み込みました</translation>
    </message>
    <message>
        <source>unknown entry “{0}” skipped</source>
        <translation>不明な項目「{0}」を読み飛ばしました</translation>
    </message>
    <message>
        <source>the lesson&apos;s title was skipped: {0}</source>
        <translation>レッスンのタイトルを読み飛ばしました：{0}</translation>
    </message>
    <message>
        <source>step {0} was skipped: {1}</source>
        <translation>ステップ {0} を読み飛ばしました：{1}</translation>
    </message>
    <message>
        <source>step {0} was skipped: there is no tab “{1}”</source>
        <translation>ステップ {0} を読み飛ばしました：タブ「{1}」はありません</translation>
    </message>
    <message>
        <source>step {0}: unknown entry “{1}” skipped</source>
        <translation>ステップ {0}：不明な項目「{1}」を読み飛ばしました</translation>
    </message>
    <message>
        <source>step {0}: its {1} was skipped: {2}</source>
        <translation>ステップ {0}：{1}を読み飛ばしました：{2}</translation>
    </message>
    <message>
        <source>step {0} ({1}): unknown setting “{2}” skipped</source>
        <translation>ステップ {0}（{1}）：不明な設定「{2}」を読み飛ばしました</translation>
    </message>
    <message>
        <source>step {0} ({1}): “{2}” skipped: {3}</source>
        <translation>ステップ {0}（{1}）：「{2}」を読み飛ばしました：{3}</translation>
    </message>
    <message>
        <source>step {0} ({1}): the model file {2} is missing; skipped</source>
        <translation>ステップ {0}（{1}）：モデルファイル {2} が見つからないため読み飛ばしました</translation>
    </message>
    <message>
        <source>and {0} more problems</source>
        <translation>ほかに {0} 件の問題</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>it is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <source>it is not true or false</source>
        <translation>true または false ではありません</translation>
    </message>
    <message>
        <source>it must be between {0} and {1}</source>
        <translation>{0} から {1} の間でなければなりません</translation>
    </message>
    <message>
        <source>it must be one of {0}</source>
        <translation>次のいずれかでなければなりません：{0}</translation>
    </message>
    <message>
        <source>it is longer than {0}</source>
        <translation>長さが {0} を超えています</translation>
    </message>
    <message>
        <source>it must have {0} items</source>
        <translation>{0} 個の要素が必要です</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>note</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>step {0} could not be shown fully: {1}</source>
        <translation>ステップ {0} をすべて表示できませんでした：{1}</translation>
    </message>
    <message>
        <source>Lesson step {0} of {1}</source>
        <translation>レッスン ステップ {0} / {1}</translation>
    </message>
    <message>
        <source>Step {0} of {1} added: File ▸ Save lesson… keeps it</source>
        <translation>ステップ {0} / {1} を追加しました：ファイル ▸ レッスンを保存… で保存されます</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>レッスンのステップ</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>レッスンのタイトル</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>ステップのタイトル</translation>
    </message>
    <message>
        <source>Note for the class</source>
        <translation>クラスへの説明</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>レッスンを保存</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} に書き込めませんでした：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>The network&apos;s answer: {0} (y = {1:.2f}). The correct label: {2} (y = {3:.2f}).</source>
        <translation>ネットワークの答え：{0}（y = {1:.2f}）。正解ラベル：{2}（y = {3:.2f}）。</translation>
    </message>
    <message>
        <source>A loss function says in one number how bad the network&apos;s output y is for the correct answer t (Chapter 4.2). The bars are the outputs of a softmax for one image: ten probabilities that always add up to 1. The green bar is the correct label.</source>
        <translation>損失関数は、ネットワークの出力 y が正解 t に対してどれだけ悪いかを 1 つの数で表します（4.2 節）。棒は 1 枚の画像に対するソフトマックスの出力で、10 個の確率の和は常に 1 です。緑の棒が正解ラベルです。</translation>
    </message>
    <message>
        <source>Output y and label t</source>
        <translation>出力 y とラベル t</translation>
    </message>
    <message>
        <source>Correct label t:</source>
        <translation>正解ラベル t：</translation>
    </message>
    <message>
        <source>Bar:</source>
        <translation>棒：</translation>
    </message>
    <message>
        <source>Its y:</source>
        <translation>その y：</translation>
    </message>
    <message>
        <source>Book example</source>
        <translation>本書の例</translation>
    </message>
    <message>
        <source>Favours 7</source>
        <translation>7 に偏る</translation>
    </message>
    <message>
        <source>The book&apos;s y with 0.6 on 2, the correct label</source>
        <translation>本書の y：正解ラベル 2 に 0.6</translation>
    </message>
    <message>
        <source>The same y with 0.6 on 7: a wrong answer</source>
        <translation>同じ y で 0.6 が 7 に：不正解</translation>
    </message>
    <message>
        <source>Drag a bar up or down, or click the bars and use ←/→ and ↑/↓. The other bars shrink or grow in proportion so that the sum stays 1.</source>
        <translation>棒を上下にドラッグするか、棒をクリックして ←/→ と ↑/↓ を使ってください。和が 1 のままになるよう、ほかの棒が比例して縮んだり伸びたりします。</translation>
    </message>
    <message>
        <source>The two losses (Chapter 4.2.1–4.2.2)</source>
        <translation>2 つの損失関数（4.2.1〜4.2.2 節）</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>2 乗和誤差</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>class k</source>
        <translation>クラス k</translation>
    </message>
    <message>
        <source>y of the correct label</source>
        <translation>正解ラベルの y</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cross-entropy looks only at the correct label&apos;s y: with t one-hot, every other term is 0 × log y. It is −log y, the curve below the bars: 0 when y = 1, and steeper and steeper as y falls towards 0.&lt;/p&gt;&lt;p&gt;Why &lt;code&gt;delta = 1e-7&lt;/code&gt; in &lt;code&gt;cross_entropy_error&lt;/code&gt;: log 0 is −∞, so a y of exactly 0 would make the loss infinite and stop all learning. With the delta the worst value is −log(1e-7) ≈ 16.1. Drag the green bar to 0 to see it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;交差エントロピー誤差は正解ラベルの y だけを見ます：t は one-hot 表現なので、ほかの項はすべて 0 × log y です。つまり −log y、棒の下の曲線です：y = 1 で 0、y が 0 に近づくほど急になります。&lt;/p&gt;&lt;p&gt;&lt;code&gt;cross_entropy_error&lt;/code&gt; に &lt;code&gt;delta = 1e-7&lt;/code&gt; がある理由：log 0 は −∞ なので、y がちょうど 0 だと損失は無限大になり、学習が止まってしまいます。delta があれば最悪でも −log(1e-7) ≈ 16.1 です。緑の棒を 0 までドラッグして確かめてください。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — Deep Learning from Scratch, made visible</source>
        <translation>nnviz — 目で見る『ゼロから作るDeep Learning』</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>モデルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>表示を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>プレゼンターモード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code panel</source>
        <translation>コードパネル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Chapters of the book</source>
        <translation>本書の章(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About nnviz</source>
        <translation>nnviz について(&amp;A)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>表示を書き出す</translation>
    </message>
    <message>
        <source>{0}
Save it as a PNG or SVG picture instead.</source>
        <translation>{0}
代わりに PNG か SVG の画像として保存してください。</translation>
    </message>
    <message>
        <source>Could not write {0}:
{1}</source>
        <translation>{0} に書き込めませんでした：
{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>The view is on the clipboard.</source>
        <translation>表示をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>nnviz models (*.npz)</source>
        <translation>nnviz モデル (*.npz)</translation>
    </message>
    <message>
        <source>Could not open this model:
{0}</source>
        <translation>このモデルを開けませんでした：
{0}</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>保存するモデルがまだありません：まず学習させてください。</translation>
    </message>
    <message>
        <source>Chapters of the book</source>
        <translation>本書の章</translation>
    </message>
    <message>
        <source>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;Deep learning from scratch, made visible: every idea of the book &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saito; Chinese edition 《深度学习入门：基于Python的理论与实现》) built from NumPy and drawn on screen.&lt;/p&gt;&lt;p&gt;The engine is pure NumPy, written to be read next to the book.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;目で見るディープラーニング：斎藤康毅『ゼロから作るDeep Learning ― Pythonで学ぶディープラーニングの理論と実装』のあらゆるアイデアを NumPy で作り、画面に描きます。&lt;/p&gt;&lt;p&gt;エンジンは NumPy だけで書かれていて、本書と並べて読めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About nnviz</source>
        <translation>nnviz について</translation>
    </message>
    <message>
        <source>Quit nnviz?</source>
        <translation>nnviz を終了しますか？</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Numbers on an arrow</source>
        <translation>矢印の上の数値</translation>
    </message>
    <message>
        <source>Click an arrow to see its numbers. Inputs can be edited: type in a cell.</source>
        <translation>矢印をクリックするとその数値が見られます。入力は編集できます：セルに入力してください。</translation>
    </message>
    <message>
        <source>{0} {1}, forward value, editable:</source>
        <translation>{0} {1}、順伝播の値（編集可）：</translation>
    </message>
    <message>
        <source>{0} {1}, forward value:</source>
        <translation>{0} {1}、順伝播の値：</translation>
    </message>
    <message>
        <source>Its gradient ∂L/∂{0}:</source>
        <translation>その勾配 ∂L/∂{0}：</translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>The MNIST folder you chose is incomplete:
{0}</source>
        <translation>選んだ MNIST フォルダは不完全です：
{0}</translation>
    </message>
    <message>
        <source>MNIST is missing</source>
        <translation>MNIST がありません</translation>
    </message>
    <message>
        <source>The MNIST data set (11 MB) was not found on this computer.
Download it now? The files are checked by their SHA-256 sums.</source>
        <translation>このコンピュータに MNIST データセット（11 MB）が見つかりませんでした。
今ダウンロードしますか？ファイルは SHA-256 で検証されます。</translation>
    </message>
    <message>
        <source>The download failed:
{0}</source>
        <translation>ダウンロードに失敗しました：
{0}</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>MNIST をダウンロード中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>loss = {0:.4f}</source>
        <translation>損失 = {0:.4f}</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Nudge next weight&lt;/b&gt;: the loss is computed with that one weight raised by h = 0.0001 and lowered by h; (L(w + h) − L(w − h)) / 2h is its entry of dW.</source>
        <translation>&lt;b&gt;次の重みを動かす&lt;/b&gt;を押してください：その重み 1 つだけを h = 0.0001 増やしたときと h 減らしたときの損失を計算します。(L(w + h) − L(w − h)) / 2h が dW のその要素です。</translation>
    </message>
    <message>
        <source>dW[{0},{1}] = {2:.4f} &amp;gt; 0: raising W[{0},{1}] raises the loss (by about {2:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;down&lt;/b&gt;: W ← W − η dW.</source>
        <translation>dW[{0},{1}] = {2:.4f} &amp;gt; 0：W[{0},{1}] を増やすと損失が増えます（約 {2:.4f} × h）。学習するには W[{0},{1}] を&lt;b&gt;減らす&lt;/b&gt;必要があります：W ← W − η dW。</translation>
    </message>
    <message>
        <source>dW[{0},{1}] = {2:.4f} &amp;lt; 0: raising W[{0},{1}] lowers the loss (by about {3:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;up&lt;/b&gt;: W ← W − η dW.</source>
        <translation>dW[{0},{1}] = {2:.4f} &amp;lt; 0：W[{0},{1}] を増やすと損失が減ります（約 {3:.4f} × h）。学習するには W[{0},{1}] を&lt;b&gt;増やす&lt;/b&gt;必要があります：W ← W − η dW。</translation>
    </message>
    <message>
        <source>L(w + h) − L(w − h) = {0:.3e}, divided by 2h = 0.0002.</source>
        <translation>L(w + h) − L(w − h) = {0:.3e}、これを 2h = 0.0002 で割ります。</translation>
    </message>
    <message>
        <source>The larger |dW|, the more that weight matters to the loss right now.</source>
        <translation>|dW| が大きいほど、その重みは今の損失に大きく効いています。</translation>
    </message>
    <message>
        <source>Loss as W[{0},{1}] moves (the other weights fixed)</source>
        <translation>W[{0},{1}] を動かしたときの損失（ほかの重みは固定）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>The book&apos;s simpleNet (Chapter 4.4.2): one 2×3 weight matrix W, no bias. Its gradient dW says, for each of the six weights, how the loss changes when that weight alone changes a little. numerical_gradient finds it by nudging each weight by ±h in turn.</source>
        <translation>本書の simpleNet（4.4.2 節）：2×3 の重み行列 W が 1 つ、バイアスなし。勾配 dW は 6 つの重みそれぞれについて、その重みだけを少し変えたときに損失がどう変わるかを表します。numerical_gradient は重みを 1 つずつ ±h 動かしてそれを求めます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the book: &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; and &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;. f ignores its argument: numerical_gradient changes net.W itself, one entry at a time and in place, and net.loss reads the changed W. That is also why it puts each entry back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本書では &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; と &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;。f は引数を使いません：numerical_gradient が net.W そのものを 1 要素ずつその場で書き換え、net.loss は書き換えられた W を読むのです。各要素を元に戻すのもそのためです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>simpleNet</source>
        <translation>simpleNet</translation>
    </message>
    <message>
        <source>Book&apos;s W</source>
        <translation>本書の W</translation>
    </message>
    <message>
        <source>Random W</source>
        <translation>ランダムな W</translation>
    </message>
    <message>
        <source>A new W = np.random.randn(2, 3), as in the book</source>
        <translation>本書と同じく、新しい W = np.random.randn(2, 3)</translation>
    </message>
    <message>
        <source>dW, one weight at a time</source>
        <translation>dW：重みを 1 つずつ</translation>
    </message>
    <message>
        <source>Nudge next weight</source>
        <translation>次の重みを動かす</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差</translation>
    </message>
</context>
<context>
    <name>PerceptronTab</name>
    <message>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <source>Chapter 2: the perceptron. One line separates AND, NAND, OR; XOR needs two layers.</source>
        <translation>2 章：パーセプトロン。AND、NAND、OR は 1 本の直線で分けられますが、XOR には 2 層が必要です。</translation>
    </message>
    <message>
        <source>Chapter 2 · The perceptron</source>
        <translation>2 章 · パーセプトロン</translation>
    </message>
    <message>
        <source>A perceptron outputs y = 1 when w1·x1 + w2·x2 + b &gt; 0 and y = 0 otherwise. In the plane of the inputs, w1·x1 + w2·x2 + b = 0 is a straight line and the shaded side is where y = 1. Drag the line or its round handles until every triangle is on the shaded side and every circle is not.</source>
        <translation>パーセプトロンは w1·x1 + w2·x2 + b &gt; 0 のとき y = 1 を、それ以外では y = 0 を出力します。入力の平面で w1·x1 + w2·x2 + b = 0 は直線で、色のついた側が y = 1 の領域です。すべての三角形が色のついた側に、すべての丸がその外に来るまで、直線かその丸いつまみをドラッグしてください。</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>ゲート：</translation>
    </message>
    <message>
        <source>Weights and bias</source>
        <translation>重みとバイアス</translation>
    </message>
    <message>
        <source>weight of x1</source>
        <translation>x1 の重み</translation>
    </message>
    <message>
        <source>weight of x2</source>
        <translation>x2 の重み</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>Show the book&apos;s weights</source>
        <translation>本書の重みを使う</translation>
    </message>
    <message>
        <source>Why can&apos;t one line do it? Explain now</source>
        <translation>なぜ 1 本の直線では無理なのか？今すぐ説明</translation>
    </message>
    <message>
        <source>AND gate: y = 1 only when both inputs are 1.</source>
        <translation>AND ゲート：2 つの入力がどちらも 1 のときだけ y = 1。</translation>
    </message>
    <message>
        <source>NAND gate (not AND): y = 0 only when both inputs are 1.</source>
        <translation>NAND ゲート（Not AND）：2 つの入力がどちらも 1 のときだけ y = 0。</translation>
    </message>
    <message>
        <source>OR gate: y = 1 when at least one input is 1.</source>
        <translation>OR ゲート：少なくとも 1 つの入力が 1 なら y = 1。</translation>
    </message>
    <message>
        <source>XOR gate (exclusive OR): y = 1 when exactly one input is 1. Try to separate it with one line.</source>
        <translation>XOR ゲート（排他的論理和）：ちょうど 1 つの入力が 1 のとき y = 1。1 本の直線で分けてみてください。</translation>
    </message>
</context>
<context>
    <name>PlaygroundTab</name>
    <message>
        <source>Playground</source>
        <translation>プレイグラウンド</translation>
    </message>
    <message>
        <source>Chapters 5-6: a small network of the book&apos;s layers learns 2-D points live</source>
        <translation>5〜6 章：本書のレイヤで作った小さなネットワークが 2 次元の点をリアルタイムに学習します</translation>
    </message>
    <message>
        <source>Choose data and a network; press Play. The background shows which class the network predicts at each point; filled dots train it, hollow dots test it. Click on the plane to add a point. Changes apply at the next step.</source>
        <translation>データとネットワークを選び、「再生」を押してください。背景は各点でネットワークが予測するクラスを示します。塗りつぶした点が訓練データ、白抜きの点がテストデータです。平面をクリックすると点を追加できます。変更は次のステップから反映されます。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Save setup…</source>
        <translation>設定を保存…</translation>
    </message>
    <message>
        <source>Open setup…</source>
        <translation>設定を開く…</translation>
    </message>
    <message>
        <source>Load points from CSV…</source>
        <translation>CSV から点を読み込む…</translation>
    </message>
    <message>
        <source>One point a line: x1,x2,label (label 0, 1, …)</source>
        <translation>1 行に 1 点：x1,x2,ラベル（ラベルは 0、1、…）</translation>
    </message>
    <message>
        <source>Inputs → hidden neurons → outputs</source>
        <translation>入力 → 隠れ層のニューロン → 出力</translation>
    </message>
    <message>
        <source>Each picture: the neuron&apos;s output over the plane. Hover over an edge: its weight.</source>
        <translation>各図：そのニューロンの平面全体での出力。辺にマウスを乗せると、その重みが表示されます。</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>訓練データの損失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>テストデータの損失</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>適用されていません：{0}</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>学習が止まりました：{0}</translation>
    </message>
    <message>
        <source>Speed: fastest</source>
        <translation>速さ：最速</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速さ：毎秒 {0} ステップ</translation>
    </message>
    <message>
        <source>Step {0} · training loss {1}, accuracy {2} · test loss {3}, accuracy {4}</source>
        <translation>ステップ {0} · 訓練の損失 {1}、認識精度 {2} · テストの損失 {3}、認識精度 {4}</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Playground setup (*.json)</source>
        <translation>プレイグラウンドの設定 (*.json)</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>the file is too large for a setup</source>
        <translation>ファイルが大きすぎて設定ではありません</translation>
    </message>
    <message>
        <source>Could not open the setup: {0}</source>
        <translation>設定を開けませんでした：{0}</translation>
    </message>
    <message>
        <source>Load points</source>
        <translation>点を読み込む</translation>
    </message>
    <message>
        <source>Points (*.csv *.txt)</source>
        <translation>点 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation>ファイルが 1 MB を超えています</translation>
    </message>
    <message>
        <source>Could not load the points: {0}</source>
        <translation>点を読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>The setting {0} was skipped: {1}</source>
        <translation>設定 {0} を読み飛ばしました：{1}</translation>
    </message>
    <message>
        <source>A point was skipped: {0}</source>
        <translation>点を 1 つ読み飛ばしました：{0}</translation>
    </message>
</context>
<context>
    <name>ProbabilityView</name>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>green: the true digit · red: the network&apos;s answer</source>
        <translation>緑：正しい数字 · 赤：ネットワークの答え</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>numerical gradient</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>784-{0}-10 has {1:,} parameters: one numerical iteration is {2:,} forward passes of the batch.</source>
        <translation>784-{0}-10 のパラメータは {1:,} 個：数値微分の 1 イテレーションはバッチの順伝播 {2:,} 回分です。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Iterations: {0}
Parameters done in this pass: {1:,}
Time per iteration: {2} (estimated)
Loss: {3:.4f}</source>
        <translation>イテレーション：{0}
この回で済んだパラメータ：{1:,}
1 イテレーションの時間：{2}（推定）
損失：{3:.4f}</translation>
    </message>
    <message>
        <source>Iterations: {0:,}
Time per iteration: {1}
Loss: {2:.4f}</source>
        <translation>イテレーション：{0:,}
1 イテレーションの時間：{1}
損失：{2:.4f}</translation>
    </message>
    <message>
        <source>Measured: one numerical iteration takes as long as {0:,} backprop iterations.</source>
        <translation>実測：数値微分の 1 イテレーションは、誤差逆伝播法の {0:,} イテレーション分の時間がかかります。</translation>
    </message>
    <message>
        <source>Stopped by an error: {0}</source>
        <translation>エラーで停止しました：{0}</translation>
    </message>
    <message>
        <source>Computing the numerical gradient of 3 images…</source>
        <translation>3 枚の画像の数値微分による勾配を計算中…</translation>
    </message>
    <message>
        <source>Mean |backprop − numerical| per parameter:
{0}
Numerical: {1}, backprop: {2}. Tiny differences: backprop is right, and far faster.</source>
        <translation>パラメータごとの |誤差逆伝播法 − 数値微分| の平均：
{0}
数値微分：{1}、誤差逆伝播法：{2}。差はごくわずか：誤差逆伝播法は正しく、しかもはるかに高速です。</translation>
    </message>
    <message>
        <source>The book&apos;s TwoLayerNet learns MNIST twice at once, from the same start and the same batches: once with &lt;code&gt;numerical_gradient&lt;/code&gt; (Chapter 4.5), once with backpropagation, &lt;code&gt;gradient&lt;/code&gt; (Chapter 5.7). Each gets half of the worker.</source>
        <translation>本書の TwoLayerNet が同じ初期値・同じミニバッチから MNIST を同時に 2 回学習します：1 回は &lt;code&gt;numerical_gradient&lt;/code&gt;（4.5 節）で、もう 1 回は誤差逆伝播法の &lt;code&gt;gradient&lt;/code&gt;（5.7 節）で。バックグラウンドの計算時間を半分ずつ使います。</translation>
    </message>
    <message>
        <source>The race</source>
        <translation>競争</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ：</translation>
    </message>
    <message>
        <source>Hidden neurons:</source>
        <translation>隠れ層のニューロン：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>compute time of each run (s)</source>
        <translation>それぞれの計算時間（秒）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why training with the numerical gradient seems to hang:&lt;/b&gt; for every one of the 39,760 parameters it runs the whole batch through the network twice, with that weight nudged by +h and by −h. One update is about 80,000 forward passes; backpropagation gets all the gradients from one forward and one backward pass. Nothing is stuck: watch the parameter counter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数値微分で学習すると止まったように見える理由：&lt;/b&gt;39,760 個のパラメータ 1 つ 1 つについて、その重みを +h と −h だけ動かし、バッチ全体をネットワークに 2 回通します。1 回の更新で約 80,000 回の順伝播です。誤差逆伝播法なら 1 回の順伝播と 1 回の逆伝播ですべての勾配が求まります。止まってはいません：パラメータのカウンターを見てください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gradient check (Chapter 5.7.3)</source>
        <translation>勾配確認（5.7.3 節）</translation>
    </message>
    <message>
        <source>The slow numerical gradient is still useful: it checks that backpropagation is right. As in the book&apos;s gradient_check.py: 3 images, both gradients, the mean difference of each parameter.</source>
        <translation>遅い数値微分にも使い道があります：誤差逆伝播法が正しいかを確かめることです。本書の gradient_check.py と同じく、3 枚の画像で両方の勾配を求め、パラメータごとの平均の差を見ます。</translation>
    </message>
    <message>
        <source>Check the gradients</source>
        <translation>勾配を確認する</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>The optimizers of chapter 6 start from the same point and take their steps together. Click on the plot to start the race there; change a learning rate to see its path change.</source>
        <translation>6 章の最適化手法が同じ点から出発し、一緒にステップを進めます。グラフをクリックするとそこから競争を始めます。学習率を変えると経路がどう変わるかわかります。</translation>
    </message>
    <message>
        <source>The book&apos;s race: x²/20 + y² from (−7, 2), 30 steps</source>
        <translation>本書の競争：x²/20 + y²、始点 (−7, 2)、30 ステップ</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数：</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <source>Loss f(x)</source>
        <translation>損失 f(x)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>The first layer&apos;s weights appear here once training starts.</source>
        <translation>学習を始めると、ここに第 1 層の重みが表示されます。</translation>
    </message>
    <message>
        <source>How training changed the weights into each of the first {0} hidden units, as 28×28 images (red up, blue down): the strokes each unit has learnt to look for.</source>
        <translation>最初の {0} 個の隠れユニットへの重みが学習でどう変わったかを 28×28 の画像で示します（赤：増加、青：減少）：各ユニットが探すようになった線です。</translation>
    </message>
    <message>
        <source>The weights into each of the first {0} hidden units, as 28×28 images (red positive, blue negative); the random start still hides what they learnt.</source>
        <translation>最初の {0} 個の隠れユニットへの重みを 28×28 の画像で示します（赤：正、青：負）。ランダムな初期値のせいで、学習した内容はまだ隠れています。</translation>
    </message>
    <message>
        <source>How training changed the {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest change, white: the smallest).</source>
        <translation>第 1 畳み込み層の {0} 個のフィルター（それぞれ {1}×{2}）が学習でどう変わったかを、本書の図 7-24 と同じ描き方で示します（黒：変化が最大、白：最小）。</translation>
    </message>
    <message>
        <source>The {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest weight, white: the smallest): edge and stroke detectors emerge as it learns.</source>
        <translation>第 1 畳み込み層の {0} 個のフィルター（それぞれ {1}×{2}）を、本書の図 7-24 と同じ描き方で示します（黒：重みが最大、白：最小）。学習するにつれ、エッジや線を検出するフィルターが現れます。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第 1 層の重み</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Show only what training changed (W − W at the start)</source>
        <translation>学習による変化だけを表示（W − 初期の W）</translation>
    </message>
    <message>
        <source>Misclassified digits</source>
        <translation>誤認識した数字</translation>
    </message>
    <message>
        <source>After training: how the test digits (rows) were read (columns).</source>
        <translation>学習後：テストの数字（行）がどう読まれたか（列）。</translation>
    </message>
    <message>
        <source>Misclassified digits ({0:,})</source>
        <translation>誤認識した数字（{0:,}）</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the network&apos;s answer. The diagonal holds the {0:,} test digits read correctly, the red cells the {1:,} mistakes.</source>
        <translation>行：正しい数字、列：ネットワークの答え。対角線は正しく読めた {0:,} 個のテスト数字、赤いセルは {1:,} 個の誤りです。</translation>
    </message>
    <message>
        <source>Test image #{0}: a {1}, read as {2} ({3:.0%} sure)</source>
        <translation>テスト画像 #{0}：{1} を {2} と認識（確率 {3:.0%}）</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Class {0}</source>
        <translation>クラス {0}</translation>
    </message>
    <message>
        <source>Hidden layers: {0}</source>
        <translation>隠れ層：{0}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>2 つのガウス分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>三日月</translation>
    </message>
    <message>
        <source>Clouds (3–5 classes)</source>
        <translation>集団（3〜5 クラス）</translation>
    </message>
    <message>
        <source>Spiral arms (3–5 classes)</source>
        <translation>渦巻きの腕（3〜5 クラス）</translation>
    </message>
    <message>
        <source>My own points (click or load)</source>
        <translation>自分の点（クリックか読み込み）</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>テストの割合</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>A click adds</source>
        <translation>クリックで追加</translation>
    </message>
    <message>
        <source>Input features:</source>
        <translation>入力の特徴量：</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>最後の隠れ層を削除</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>隠れ層を追加</translation>
    </message>
    <message>
        <source>He for ReLU, else Xavier</source>
        <translation>ReLU は He、他は Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>標準偏差 0.01</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Weight decay λ</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>Play / pause (start / pause a training)</source>
        <translation>再生 / 一時停止（学習の開始 / 一時停止）</translation>
    </message>
    <message>
        <source>in: {0}</source>
        <translation>対象：{0}</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Stepped views (when no text field has the keyboard)</source>
        <translation>ステップ表示（入力欄にキーボードがないとき）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>SolvedBanner</name>
    <message>
        <source>✓ Solved: all four inputs are right.</source>
        <translation>✓ 解決：4 つの入力すべてが正解です。</translation>
    </message>
    <message>
        <source>{0} of {1} inputs right: make every row green.</source>
        <translation>{1} 個の入力のうち {0} 個が正解：すべての行を緑にしてください。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Optimizer race, step {0} of {1}, from ({2:.3g}, {3:.3g})</source>
        <translation>最適化手法の競争：ステップ {0} / {1}、始点 ({2:.3g}, {3:.3g})</translation>
    </message>
    <message>
        <source>Step {0}: x ran off the plot. This f has no minimum: it keeps falling along x1.</source>
        <translation>ステップ {0}：x がグラフの外に出ました。この f には最小値がなく、x1 方向にどこまでも下がり続けます。</translation>
    </message>
    <message>
        <source>Diverged at step {0}: x = ({1:.3g}, {2:.3g}) left the plot and keeps growing. The learning rate η = {3:g} is too large.</source>
        <translation>ステップ {0} で発散：x = ({1:.3g}, {2:.3g}) がグラフの外に出て、なお大きくなり続けています。学習率 η = {3:g} が大きすぎます。</translation>
    </message>
    <message>
        <source>After {0} steps x has moved only {1:.2g}: the learning rate η = {2:g} is too small.</source>
        <translation>{0} ステップ後も x は {1:.2g} しか動いていません：学習率 η = {2:g} が小さすぎます。</translation>
    </message>
    <message>
        <source>Converged after {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}.</source>
        <translation>{0} ステップで収束：x = ({1:.3g}, {2:.3g})、f(x) = {3:.3g}。</translation>
    </message>
    <message>
        <source>After {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}, not at a minimum yet. Try more steps or another learning rate.</source>
        <translation>{0} ステップ後：x = ({1:.3g}, {2:.3g})、f(x) = {3:.3g}、まだ最小値ではありません。ステップ数を増やすか、別の学習率を試してください。</translation>
    </message>
    <message>
        <source>Start at ({0:.3g}, {1:.3g}), f(x) = {2:.3g}. Press Play or Step, or click elsewhere on the plot.</source>
        <translation>始点 ({0:.3g}, {1:.3g})、f(x) = {2:.3g}。「再生」か「1 ステップ」を押すか、グラフの別の場所をクリックしてください。</translation>
    </message>
    <message>
        <source>Gradient descent, step {0} of {1}: x = ({2:.3g}, {3:.3g}), f(x) = {4:.3g}</source>
        <translation>勾配降下法、ステップ {0} / {1}：x = ({2:.3g}, {3:.3g})、f(x) = {4:.3g}</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Experiments</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Chapter 6: the book&apos;s comparisons, run side by side</source>
        <translation>6 章：本書の比較実験を並べて実行</translation>
    </message>
    <message>
        <source>Optimizers on MNIST</source>
        <translation>MNIST での最適化手法の比較</translation>
    </message>
    <message>
        <source>Activation distributions</source>
        <translation>隠れ層のアクティベーション分布</translation>
    </message>
    <message>
        <source>Initial weights on MNIST</source>
        <translation>MNIST での重みの初期値の比較</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Overfitting, weight decay and dropout</source>
        <translation>過学習、Weight decay と Dropout</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>ハイパーパラメータの探索</translation>
    </message>
    <message>
        <source>{section} {title} (Fig. {figure})</source>
        <translation>{section} {title}（図 {figure}）</translation>
    </message>
    <message>
        <source>Four optimizers train the same 5-layer net (4 hidden layers of 100, same starting weights) for 2000 mini-batches of 128. SGD&apos;s loss falls slowest.</source>
        <translation>4 つの最適化手法が同じ 5 層ネットワーク（100 ユニットの隠れ層 4 つ、重みの初期値も同じ）を、128 枚のミニバッチ 2000 回で学習します。SGD の損失の下がり方がいちばん遅くなります。</translation>
    </message>
    <message>
        <source>1000 random inputs through 5 layers of 100, no training. Sigmoid with std 1 piles up at 0 and 1 (gradients vanish); std 0.01 piles up at 0.5 (every unit alike); Xavier spreads. For ReLU, He keeps every layer alike.</source>
        <translation>1000 個のランダムな入力を 100 ユニットの 5 層に通します（学習なし）。シグモイド関数で標準偏差 1 だと 0 と 1 に偏り（勾配消失）、0.01 だと 0.5 付近に集まります（どのユニットも同じ）。Xavier なら広がります。ReLU では He でどの層も同じ分布を保ちます。</translation>
    </message>
    <message>
        <source>The same net and SGD (lr 0.01), only the initial weights differ. With std 0.01 the loss stays near 2.3: the net does not learn.</source>
        <translation>同じネットワーク、同じ SGD（学習率 0.01）で、重みの初期値だけが違います。標準偏差 0.01 では損失が 2.3 付近のまま：ネットワークは学習しません。</translation>
    </message>
    <message>
        <source>16 weight scales from 1 to 0.0001, each trained with batch normalization (solid) and without (dashed) on 1000 images: batch norm learns faster at most scales.</source>
        <translation>1 から 0.0001 までの 16 通りの重みのスケールで、1000 枚の画像を Batch Normalization あり（実線）となし（破線）で学習：ほとんどのスケールで Batch Norm のほうが速く学習します。</translation>
    </message>
    <message>
        <source>Only 300 training images and 6 hidden layers: training accuracy (solid) nears 100 % while test accuracy (dashed, first 2000 test images) stays far below. Weight decay and dropout narrow the gap.</source>
        <translation>訓練画像は 300 枚だけ、隠れ層は 6 つ：訓練データの認識精度（実線）は 100 % 近くになりますが、テストデータの認識精度（破線、最初の 2000 枚のテスト画像）はずっと低いままです。Weight decay（荷重減衰）と Dropout がその差を縮めます。</translation>
    </message>
    <message>
        <source>300 training images: with weight decay λ = 0.1 the gap between training (solid) and test accuracy (dashed) narrows.</source>
        <translation>訓練画像 300 枚：Weight decay λ = 0.1 で、訓練（実線）とテスト（破線）の認識精度の差が縮まります。</translation>
    </message>
    <message>
        <source>300 training images: with dropout 0.2 the gap between training (solid) and test accuracy (dashed) narrows, and learning is slower.</source>
        <translation>訓練画像 300 枚：Dropout 0.2 で、訓練（実線）とテスト（破線）の認識精度の差が縮まり、学習はゆっくりになります。</translation>
    </message>
    <message>
        <source>Random search: lr = 10^U(-6,-2), weight decay = 10^U(-8,-4), 50 epochs on 400 images. Each trial is judged on 100 validation images split off the training images, never on the test images: tuning on the test set would make its accuracy an overly hopeful estimate.</source>
        <translation>ランダムサーチ：学習率 = 10^U(-6,-2)、Weight decay = 10^U(-8,-4)、400 枚で 50 エポック。各試行は訓練画像から分けた 100 枚の検証データで評価し、テストデータは決して使いません：テストデータでハイパーパラメータを調整すると、その認識精度は楽観的すぎる見積もりになるからです。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Book&apos;s runs</source>
        <translation>本書の設定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Weight decay λ</translation>
    </message>
    <message>
        <source>Dropout ratio</source>
        <translation>Dropout の比率</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Layers&apos; distributions</source>
        <translation>各層の分布</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Weights&apos; scale</source>
        <translation>重みのスケール</translation>
    </message>
    <message>
        <source>Any std</source>
        <translation>任意の標準偏差</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export numbers (CSV)…</source>
        <translation>数値を書き出す（CSV）…</translation>
    </message>
    <message>
        <source>Export plot (PNG, SVG)…</source>
        <translation>グラフを書き出す（PNG、SVG）…</translation>
    </message>
    <message>
        <source>An experiment is running — stop it and quit?</source>
        <translation>実験を実行中です——止めて終了しますか？</translation>
    </message>
    <message>
        <source>Xavier: std 1/√100</source>
        <translation>Xavier：標準偏差 1/√100</translation>
    </message>
    <message>
        <source>He: std √(2/100)</source>
        <translation>He：標準偏差 √(2/100)</translation>
    </message>
    <message>
        <source>std {std:.3g}</source>
        <translation>標準偏差 {std:.3g}</translation>
    </message>
    <message>
        <source>MNIST could not be read: {error}</source>
        <translation>MNIST を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>{n} runs ready.</source>
        <translation>{n} 個の実行の準備ができました。</translation>
    </message>
    <message>
        <source>{done} of {n} runs finished · {steps} mini-batches trained</source>
        <translation>{n} 個中 {done} 個の実行が完了 · {steps} 個のミニバッチを学習</translation>
    </message>
    <message>
        <source>Best {n}: lr {lr0:.2g} to {lr1:.2g}, weight decay {wd0:.2g} to {wd1:.2g}</source>
        <translation>上位 {n} 個：学習率 {lr0:.2g}〜{lr1:.2g}、Weight decay {wd0:.2g}〜{wd1:.2g}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>数値を書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>The run {0} was skipped: {1}</source>
        <translation>実行 {0} を読み飛ばしました：{1}</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Chapters 5–8: backpropagation, training techniques, CNNs, deep networks</source>
        <translation>5〜8 章：誤差逆伝播法、学習に関するテクニック、CNN、ディープラーニング</translation>
    </message>
    <message>
        <source>Evaluating {0} on the test set…</source>
        <translation>{0} をテストデータで評価中…</translation>
    </message>
    <message>
        <source>Evaluate a bundled model</source>
        <translation>同梱モデルを評価</translation>
    </message>
    <message>
        <source>Could not open the bundled model {0}:
{1}</source>
        <translation>同梱モデル {0} を開けませんでした：
{1}</translation>
    </message>
    <message>
        <source>{0} (bundled)</source>
        <translation>{0}（同梱）</translation>
    </message>
    <message>
        <source>it does not give 10 scores, one for each digit 0–9.</source>
        <translation>数字 0〜9 ごとに 1 つずつ、10 個のスコアを出力しません。</translation>
    </message>
    <message>
        <source>it does not take 28×28 grey images, the size of the MNIST digits (it was made for other images, e.g. in colour or of another size).</source>
        <translation>MNIST の数字の大きさである 28×28 のグレー画像を受け付けません（カラーや別のサイズなど、ほかの画像用に作られています）。</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>{0} cannot be used in the Training tab: {1}
The current model is kept.</source>
        <translation>{0} は「訓練」タブでは使えません：{1}
現在のモデルをそのまま使います。</translation>
    </message>
    <message>
        <source>Training is running — stop it and quit?</source>
        <translation>学習を実行中です——止めて終了しますか？</translation>
    </message>
    <message>
        <source>The trained model is not saved (File ▸ Save model) — quit anyway?</source>
        <translation>学習したモデルが保存されていません（ファイル ▸ モデルを保存）——それでも終了しますか？</translation>
    </message>
    <message>
        <source>{0:,} parameters to learn</source>
        <translation>学習するパラメータ {0:,} 個</translation>
    </message>
    <message>
        <source>previous run: {0}</source>
        <translation>前回の学習：{0}</translation>
    </message>
    <message>
        <source>Start is disabled: {0}</source>
        <translation>開始できません：{0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>The last run did not finish, so there is no network from it. Train again, or open a model file.</source>
        <translation>前回の学習は終わらなかったので、そのネットワークはありません。もう一度学習させるか、モデルファイルを開いてください。</translation>
    </message>
    <message>
        <source>The drawing pad recognises your digits with the network trained here.</source>
        <translation>手書きパッドは、ここで学習したネットワークであなたの数字を認識します。</translation>
    </message>
    <message>
        <source>{0}, trained here</source>
        <translation>{0}（ここで学習）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>MNIST を読み込み中…</translation>
    </message>
    <message>
        <source>Measuring the untrained network&apos;s accuracy (epoch 0)…</source>
        <translation>未学習のネットワークの認識精度を測定中（エポック 0）…</translation>
    </message>
    <message>
        <source>Epoch {0} of {1} · iteration {2} of {3} · estimating the time left…</source>
        <translation>エポック {0} / {1} · イテレーション {2} / {3} · 残り時間を見積もり中…</translation>
    </message>
    <message>
        <source>Epoch {0} of {1} · {2:.1f} iterations/s · about {3} left</source>
        <translation>エポック {0} / {1} · 毎秒 {2:.1f} イテレーション · 残り約 {3}</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中。</translation>
    </message>
    <message>
        <source>Paused at iteration {0} of {1}.</source>
        <translation>イテレーション {0} / {1} で一時停止中。</translation>
    </message>
    <message>
        <source>Testing the network on {0:,} of {1:,} test images…</source>
        <translation>テスト画像 {1:,} 枚のうち {0:,} 枚でネットワークをテスト中…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了。</translation>
    </message>
    <message>
        <source>Done: {0:.2%} of the {1:,} test images recognised.</source>
        <translation>完了：テスト画像 {1:,} 枚の {0:.2%} を認識しました。</translation>
    </message>
    <message>
        <source>Stopped at iteration {0}; the network trained so far recognises {1:.2%} of the test images.</source>
        <translation>イテレーション {0} で停止しました。ここまで学習したネットワークはテスト画像の {1:.2%} を認識します。</translation>
    </message>
    <message>
        <source>Stopped at iteration {0}.</source>
        <translation>イテレーション {0} で停止しました。</translation>
    </message>
    <message>
        <source>{0}: {1:.2%} of the {2:,} test images recognised.</source>
        <translation>{0}：テスト画像 {2:,} 枚の {1:.2%} を認識しました。</translation>
    </message>
    <message>
        <source>Training stopped: it diverged.</source>
        <translation>学習を停止しました：発散しました。</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>エラーで停止しました。</translation>
    </message>
    <message>
        <source>Training diverged at iteration {0}: the loss shot up to {1} instead of falling, so training was stopped. The learning rate {2:g} is too large: try a smaller one, such as {3:g}.</source>
        <translation>イテレーション {0} で学習が発散しました：損失が下がらずに {1} まで跳ね上がったので、学習を止めました。学習率 {2:g} が大きすぎます：{3:g} など、もっと小さな値を試してください。</translation>
    </message>
    <message>
        <source>The MNIST data could not be loaded: {0}</source>
        <translation>MNIST のデータを読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>Training stopped because of an error: {0}</source>
        <translation>エラーのため学習を停止しました：{0}</translation>
    </message>
    <message>
        <source>Build a network, then train it on the MNIST handwritten digits. The loss falls as the weights learn; after each epoch the accuracy on training and test images is measured. When the two lines part, the network is overfitting: try 300 training images, then weight decay or dropout.</source>
        <translation>ネットワークを組み立て、MNIST の手書き数字で学習させましょう。重みが学習するにつれ損失は下がり、エポックごとに訓練画像とテスト画像の認識精度を測ります。2 本の線が離れていったら過学習です：訓練画像を 300 枚にして、Weight decay（荷重減衰）や Dropout を試してください。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Use in the drawing pad</source>
        <translation>手書きパッドで使う</translation>
    </message>
    <message>
        <source>Test accuracy, confusion matrix and misclassified digits (the book&apos;s figure 8-3) of a network that comes with nnviz, without training it again</source>
        <translation>nnviz に同梱のネットワークを学習し直さずに、テストの認識精度、混同行列、誤認識した数字（本書の図 8-3）を見ます</translation>
    </message>
    <message>
        <source>SimpleConvNet (chapter 7)</source>
        <translation>SimpleConvNet（7 章）</translation>
    </message>
    <message>
        <source>DeepConvNet (chapter 8)</source>
        <translation>DeepConvNet（8 章）</translation>
    </message>
    <message>
        <source>The model {0} was skipped: {1}</source>
        <translation>モデル {0} を読み飛ばしました：{1}</translation>
    </message>
    <message>
        <source>The model {0} was skipped: it does not read MNIST digits.</source>
        <translation>モデル {0} を読み飛ばしました：MNIST の数字を読めません。</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>weighted sum</source>
        <translation>重み付き和</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>出力 y</translation>
    </message>
    <message>
        <source>target t</source>
        <translation>目標 t</translation>
    </message>
</context>
<context>
    <name>TwoLayerDiagram</name>
    <message>
        <source>layer 0</source>
        <translation>第 0 層</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>第 1 層</translation>
    </message>
    <message>
        <source>layer 2</source>
        <translation>第 2 層</translation>
    </message>
</context>
<context>
    <name>TwoLayerPanel</name>
    <message>
        <source>Two layers solve XOR (section 2.5)</source>
        <translation>2 層で XOR を解く（2.5 節）</translation>
    </message>
    <message>
        <source>Stack perceptrons: s1 = NAND(x1, x2) and s2 = OR(x1, x2) in layer 1, then y = AND(s1, s2). Each is one straight line; together the two lines cut out the band between them, where XOR is 1.</source>
        <translation>パーセプトロンを重ねます：第 1 層に s1 = NAND(x1, x2) と s2 = OR(x1, x2)、そして y = AND(s1, s2)。それぞれは 1 本の直線ですが、2 本を合わせると間の帯を切り出せます。そこが XOR の 1 の領域です。</translation>
    </message>
    <message>
        <source>Pick an input (a row, or a point in the plot) to follow its values:</source>
        <translation>入力を選ぶと（表の行か、グラフの点）、その値をたどれます：</translation>
    </message>
    <message>
        <source>Back to a single line</source>
        <translation>1 本の直線に戻る</translation>
    </message>
</context>
<context>
    <name>XorExplanation</name>
    <message>
        <source>Why no single line works</source>
        <translation>なぜ 1 本の直線ではだめなのか</translation>
    </message>
    <message>
        <source>XOR&apos;s triangles (1, 0) and (0, 1) sit on one diagonal, its circles (0, 0) and (1, 1) on the other. A straight line that puts both circles on one side always leaves a triangle with them. The two groups are &lt;b&gt;not linearly separable&lt;/b&gt;, and a perceptron can only draw a straight line (section 2.4).</source>
        <translation>XOR の三角形 (1, 0) と (0, 1) は一方の対角線上に、丸 (0, 0) と (1, 1) はもう一方の対角線上にあります。2 つの丸を同じ側に置く直線は、必ず三角形も 1 つ同じ側に残してしまいます。2 つのグループは&lt;b&gt;線形分離可能ではなく&lt;/b&gt;、パーセプトロンは直線しか引けません（2.4 節）。</translation>
    </message>
    <message>
        <source>Show the two-layer solution</source>
        <translation>2 層による解法を表示</translation>
    </message>
</context>
<context>
    <name>error_report</name>
    <message>
        <source>the log could not be written ({0})</source>
        <translation>ログを書き込めませんでした（{0}）</translation>
    </message>
    <message>
        <source>{0} more errors happened since; all are in the log.</source>
        <translation>その後さらに {0} 個のエラーが起きました。すべてログにあります。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>nnviz met an unexpected error; what you just did may not have finished. Everything else still works.

{0}

The details are in {1} (Help ▸ Open log folder).</source>
        <translation>nnviz で予期しないエラーが起きました。今の操作は完了していないかもしれませんが、ほかの機能はそのまま使えます。

{0}

詳細は {1} にあります（ヘルプ ▸ ログフォルダを開く）。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダ</translation>
    </message>
    <message>
        <source>nnviz writes its log to:
{0}</source>
        <translation>nnviz のログの保存先：
{0}</translation>
    </message>
</context>
</TS>
