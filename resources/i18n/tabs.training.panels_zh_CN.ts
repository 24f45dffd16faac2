<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CurvesPanel</name>
    <message>
        <source>Accuracy is measured after every epoch (one pass over the training set).</source>
        <translation>每个 epoch（把训练数据全部用过一遍）结束时测量一次识别精度。</translation>
    </message>
    <message>
        <source>Accuracy after every epoch on all {0:,} training and {1:,} test images.</source>
        <translation>每个 epoch 结束时，用全部 {0:,} 张训练图像和 {1:,} 张测试图像测量识别精度。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and on all {2:,} test images.</source>
        <translation>为节省时间，每个 epoch 结束时只用 {1:,} 张训练图像中的 {0:,} 张测量识别精度，测试图像则用全部 {2:,} 张。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on all {0:,} training images and on {1:,} of the {2:,} test images; the final result uses all test images.</source>
        <translation>为节省时间，每个 epoch 结束时用全部 {0:,} 张训练图像和 {2:,} 张测试图像中的 {1:,} 张测量识别精度；最终结果使用全部测试图像。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and {2:,} of the {3:,} test images; the final result uses all test images.</source>
        <translation>为节省时间，每个 epoch 结束时只用 {1:,} 张训练图像中的 {0:,} 张和 {3:,} 张测试图像中的 {2:,} 张测量识别精度；最终结果使用全部测试图像。</translation>
    </message>
    <message>
        <source>Loss per iteration</source>
        <translation>每次迭代的损失函数</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation>每个 mini-batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑后</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>cross-entropy error</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source>Accuracy after each epoch</source>
        <translation>每个 epoch 的识别精度</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>The first layer&apos;s weights appear here once training starts.</source>
        <translation>开始训练后，这里显示第 1 层的权重。</translation>
    </message>
    <message>
        <source>How training changed the weights into each of the first {0} hidden units, as 28×28 images (red up, blue down): the strokes each unit has learnt to look for.</source>
        <translation>训练使前 {0} 个隐藏层神经元的输入权重发生的变化，以 28×28 图像显示（红色增大，蓝色减小）：每个神经元学会寻找的笔画。</translation>
    </message>
    <message>
        <source>The weights into each of the first {0} hidden units, as 28×28 images (red positive, blue negative); the random start still hides what they learnt.</source>
        <translation>前 {0} 个隐藏层神经元的输入权重，以 28×28 图像显示（红色为正，蓝色为负）；随机的初始值仍然掩盖了学到的内容。</translation>
    </message>
    <message>
        <source>How training changed the {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest change, white: the smallest).</source>
        <translation>训练使第 1 个卷积层的 {0} 个滤波器（每个 {1}×{2}）发生的变化，画法与书中图 7-24 相同（黑色：变化最大，白色：变化最小）。</translation>
    </message>
    <message>
        <source>The {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest weight, white: the smallest): edge and stroke detectors emerge as it learns.</source>
        <translation>第 1 个卷积层的 {0} 个滤波器，每个 {1}×{2}，画法与书中图 7-24 相同（黑色：权重最大，白色：权重最小）：随着学习，出现了检测边缘和笔画的滤波器。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第 1 层的权重</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Show only what training changed (W − W at the start)</source>
        <translation>只显示训练带来的变化（W − 初始的 W）</translation>
    </message>
    <message>
        <source>Misclassified digits</source>
        <translation>识别错误的数字</translation>
    </message>
    <message>
        <source>After training: how the test digits (rows) were read (columns).</source>
        <translation>训练结束后显示：测试数字（行）被识别成了什么（列）。</translation>
    </message>
    <message>
        <source>Misclassified digits ({0:,})</source>
        <translation>识别错误的数字（{0:,}）</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the network&apos;s answer. The diagonal holds the {0:,} test digits read correctly, the red cells the {1:,} mistakes.</source>
        <translation>行：正确的数字；列：网络的回答。对角线上是识别正确的 {0:,} 个测试数字，红色单元格是 {1:,} 个错误。</translation>
    </message>
    <message>
        <source>Test image #{0}: a {1}, read as {2} ({3:.0%} sure)</source>
        <translation>测试图像 #{0}：数字 {1} 被识别为 {2}（概率 {3:.0%}）</translation>
    </message>
</context>
</TS>
