<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ConvolutionTab</name>
    <message>
      <source>Convolution</source>
      <translation>卷积</translation>
    </message>
    <message>
      <source>Chapter 7: convolution, pooling and im2col</source>
      <translation>第7章：卷积、池化和 im2col</translation>
    </message>
    <message>
      <source>Convolution (7.2)</source>
      <translation>卷积运算（7.2）</translation>
    </message>
    <message>
      <source>Max pooling (7.3)</source>
      <translation>Max 池化（7.3）</translation>
    </message>
    <message>
      <source>Average pooling (7.3)</source>
      <translation>Average 池化（7.3）</translation>
    </message>
    <message>
      <source>The book's 4×4 example</source>
      <translation>书中的 4×4 例子</translation>
    </message>
    <message>
      <source>An MNIST test digit</source>
      <translation>MNIST 测试数字</translation>
    </message>
    <message>
      <source>The digit from the pad</source>
      <translation>手写板上的数字</translation>
    </message>
    <message>
      <source>Typed values</source>
      <translation>输入数值</translation>
    </message>
    <message>
      <source>The book's 3×3 filter</source>
      <translation>书中的 3×3 滤波器</translation>
    </message>
    <message>
      <source>Vertical edges</source>
      <translation>竖直边缘</translation>
    </message>
    <message>
      <source>Blur (average)</source>
      <translation>模糊（平均）</translation>
    </message>
    <message>
      <source>Sharpen</source>
      <translation>锐化</translation>
    </message>
    <message>
      <source>Learned filter (bundled model)</source>
      <translation>学习后的滤波器（自带模型）</translation>
    </message>
    <message>
      <source>A filter slides over the input. At each position the pixels under it are multiplied by the filter's weights, element by element, and summed (plus the bias): that sum is one cell of the output. Step through it with the buttons or the ← → keys.</source>
      <translation>滤波器在输入数据上滑动。在每个位置，窗口内的像素与滤波器的权重逐元素相乘再求和（加上偏置）：这个和就是输出的一个元素。用按钮或 ← → 键逐步查看。</translation>
    </message>
    <message>
      <source>Sliding window</source>
      <translation>滑动窗口</translation>
    </message>
    <message>
      <source>Channels</source>
      <translation>通道</translation>
    </message>
    <message>
      <source>im2col</source>
      <translation>im2col</translation>
    </message>
    <message>
      <source>Inside the network</source>
      <translation>网络内部</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>输入</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>运算</translation>
    </message>
    <message>
      <source>MNIST digit no.</source>
      <translation>MNIST 数字编号</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Rows separated by /, numbers by spaces</source>
      <translation>行之间用 / 分隔，数之间用空格分隔</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>滤波器</translation>
    </message>
    <message>
      <source>Filter no.</source>
      <translation>滤波器编号</translation>
    </message>
    <message>
      <source>Bias b</source>
      <translation>偏置 b</translation>
    </message>
    <message>
      <source>Size, padding, stride</source>
      <translation>大小、填充、步幅</translation>
    </message>
    <message>
      <source>Step through</source>
      <translation>逐步执行</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一步</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一步 ▶</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>All at once</source>
      <translation>一次全部计算</translation>
    </message>
    <message>
      <source>Keys: → next, ← previous, space play/pause.</source>
      <translation>按键：→ 下一步，← 上一步，空格 播放/暂停。</translation>
    </message>
    <message>
      <source>Every layer of the model {0} for the digit from the pad, from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
      <translation>模型 {0} 对手写板上的数字从输入到 Softmax 的每一层输出（自带的 SimpleConvNet 为 Conv1 → ReLU → Pool → Affine → ReLU → Affine）。点击前几层的一张特征图，查看生成它的滤波器。</translation>
    </message>
    <message>
      <source>Every layer of the model {1} for an MNIST test digit (the one chosen as input, else digit no. {0}), from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
      <translation>模型 {1} 对一个 MNIST 测试数字（选为输入的那个，否则为第 {0} 号）从输入到 Softmax 的每一层输出（自带的 SimpleConvNet 为 Conv1 → ReLU → Pool → Affine → ReLU → Affine）。点击前几层的一张特征图，查看生成它的滤波器。</translation>
    </message>
    <message>
      <source>Input not changed: {0}</source>
      <translation>输入未更改：{0}</translation>
    </message>
    <message>
      <source>Filter not changed: {0}</source>
      <translation>滤波器未更改：{0}</translation>
    </message>
    <message>
      <source>no numbers: type rows like 1 2 3 / 4 5 6</source>
      <translation>没有数值：请按 1 2 3 / 4 5 6 的格式输入各行</translation>
    </message>
    <message>
      <source>at most {0} rows</source>
      <translation>最多 {0} 行</translation>
    </message>
    <message>
      <source>at most {0} numbers in a row</source>
      <translation>每行最多 {0} 个数</translation>
    </message>
    <message>
      <source>'{0}' is not a number</source>
      <translation>“{0}”不是数</translation>
    </message>
    <message>
      <source>every row needs the same number of values</source>
      <translation>每一行的数值个数必须相同</translation>
    </message>
    <message>
      <source>numbers must be finite</source>
      <translation>数值必须是有限的</translation>
    </message>
    <message>
      <source>a filter must be square (as many rows as columns)</source>
      <translation>滤波器必须是正方形（行数与列数相同）</translation>
    </message>
    <message>
      <source>Nothing drawn yet: write a digit on the pad of the Draw tab, then choose it here.</source>
      <translation>还没有写数字：先在「手写数字」页的手写板上写一个数字，再到这里选择它。</translation>
    </message>
    <message>
      <source>The pad is empty now: this is the digit drawn on it before.</source>
      <translation>手写板现在是空的：这里显示的是之前写的数字。</translation>
    </message>
    <message>
      <source>MNIST is not available on this computer.</source>
      <translation>这台电脑上没有 MNIST 数据集。</translation>
    </message>
    <message>
      <source>MNIST could not be read: {0}</source>
      <translation>无法读取 MNIST：{0}</translation>
    </message>
    <message>
      <source>The bundled model could not be read: {0}</source>
      <translation>无法读取自带的模型：{0}</translation>
    </message>
    <message>
      <source>This model has no convolution on grey images.</source>
      <translation>这个模型没有处理灰度图像的卷积层。</translation>
    </message>
    <message>
      <source>Filter size FH</source>
      <translation>滤波器大小 FH</translation>
    </message>
    <message>
      <source>Window size</source>
      <translation>窗口大小</translation>
    </message>
    <message>
      <source>Padding P = {0}</source>
      <translation>填充 P = {0}</translation>
    </message>
    <message>
      <source>Stride S = {0}</source>
      <translation>步幅 S = {0}</translation>
    </message>
    <message>
      <source>❚❚ Pause</source>
      <translation>❚❚ 暂停</translation>
    </message>
    <message>
      <source>▶ Play</source>
      <translation>▶ 播放</translation>
    </message>
    <message>
      <source>Window {0} of {1}.</source>
      <translation>第 {0} 个窗口，共 {1} 个。</translation>
    </message>
    <message>
      <source>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</source>
      <translation>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</translation>
    </message>
    <message>
      <source>The filter ({0}×{0}) is larger than the padded input ({1}×{2}): no output.</source>
      <translation>滤波器（{0}×{0}）比填充后的输入（{1}×{2}）还大：没有输出。</translation>
    </message>
    <message>
      <source>(H + 2P − FH) / S is not an integer: the window does not land on the last rows or columns; the engine rounds down ({0}×{1}). Choose a stride or padding that divides evenly.</source>
      <translation>(H + 2P − FH) / S 不是整数：窗口到不了最后的行或列；程序向下取整（{0}×{1}）。请选择能整除的步幅或填充。</translation>
    </message>
    <message>
      <source>Shapes: input (N, C, H, W) = (1, 1, {0}, {1}); filter (FN, C, FH, FW) = (1, 1, {2}, {2}); output (N, FN, OH, OW) = (1, 1, {3}, {4}).</source>
      <translation>形状：输入 (N, C, H, W) = (1, 1, {0}, {1})；滤波器 (FN, C, FH, FW) = (1, 1, {2}, {2})；输出 (N, FN, OH, OW) = (1, 1, {3}, {4})。</translation>
    </message>
    <message>
      <source>Input {0}×{1}, padding {2}</source>
      <translation>输入 {0}×{1}，填充 {2}</translation>
    </message>
    <message>
      <source>Filter {0}×{0}</source>
      <translation>滤波器 {0}×{0}</translation>
    </message>
    <message>
      <source>Window {0}×{0}</source>
      <translation>窗口 {0}×{0}</translation>
    </message>
    <message>
      <source>Output: none</source>
      <translation>输出：无</translation>
    </message>
    <message>
      <source>Output {0}×{1}</source>
      <translation>输出 {0}×{1}</translation>
    </message>
    <message>
      <source>Press Next ▶ (or →) to put the window on the first position.</source>
      <translation>按“下一步 ▶”（或 →）把窗口放到第一个位置。</translation>
    </message>
    <message>
      <source>Window {0}: output cell (row {1}, column {2}).</source>
      <translation>第 {0} 个窗口：输出的第 {1} 行、第 {2} 列。</translation>
    </message>
    <message>
      <source>bias</source>
      <translation>偏置</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>W1 before training (seed {0})</source>
      <translation>学习前的 W1（种子 {0}）</translation>
    </message>
    <message>
      <source>W1 after training</source>
      <translation>学习后的 W1</translation>
    </message>
    <message>
      <source>The network's answer: {0} ({1}).</source>
      <translation>网络的答案：{0}（{1}）。</translation>
    </message>
    <message>
      <source>{0}, map {1}: made from all the maps of the layer before it.</source>
      <translation>{0} 的第 {1} 张图：由前一层的所有特征图生成。</translation>
    </message>
    <message>
      <source>{0}, map {1}: made by filter no. {1}, now the filter on the Sliding window page.</source>
      <translation>{0} 的第 {1} 张图：由第 {1} 号滤波器生成，它现在是“滑动窗口”页上的滤波器。</translation>
    </message>
  </context>
</TS>